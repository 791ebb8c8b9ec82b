import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLABORATION_MODELS, CONTENT_FORMATS, CONTENT_TYPES, GOALS, KPI_KINDS, KPI_METRICS, SCHEDULE_PERIODS } from '../../../lib/campaign/schema';
import { OUTREACH_STATUSES } from '../../../lib/storage/records';
import { LOCALES_DIR, buildLocaleCatalogs } from '../../../lib/i18n/build-catalogs';
import { SORT_FIELDS, TIERS } from '../../../lib/storage/workspace';

const ROOT = join(LOCALES_DIR, '..', '..', '..');
// The side panel's components sit in a folder per view (shortlist/, campaign/, fields/, ...): read them all.
const SOURCES = ['components/sidepanel', 'lib/export'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
);

/** Keys built from enums at run time (t(`campaign_goal_${goal}`)), listed from the same enums. */
const DYNAMIC_KEYS = [
  ...GOALS.map((g) => `campaign_goal_${g}`),
  ...KPI_METRICS.map((m) => `campaign_kpi_${m.replace(/-/g, '_')}`),
  ...KPI_KINDS.map((k) => `campaign_kpi_kind_${k.replace('-', '_')}`),
  ...CONTENT_FORMATS.map((f) => `campaign_format_${f.replace('-', '_')}`),
  ...CONTENT_TYPES.map((c) => `campaign_type_${c}`),
  ...COLLABORATION_MODELS.map((m) => `campaign_model_${m}`),
  ...SCHEDULE_PERIODS.map((p) => `campaign_per_${p}`),
  ...['csv', 'json', 'md', 'results'].map((k) => `campaign_export_${k}`),
  ...OUTREACH_STATUSES.map((s) => `sp_status_${s.replace('-', '_')}`),
  ...TIERS.map((t) => `sp_tier_${t}`),
  ...SORT_FIELDS.map((f) => `sp_sort_${f}`),
  ...['shortlists', 'campaigns', 'briefs'].map((t) => `sp_tab_${t}`),
  ...['outgoing', 'incoming', 'mutual'].map((d) => `sp_link_${d}`),
];

describe('side panel and campaign strings', () => {
  const catalogs = buildLocaleCatalogs();
  const literal = new Set(SOURCES.flatMap((src) => [...src.matchAll(/(?<!messageKey\()['"`]((?:sp|campaign)_[a-zA-Z0-9_]+)['"`]/g)].map((m) => m[1]!)));

  it('every key the code uses exists in English and Azerbaijani', () => {
    expect(literal.size).toBeGreaterThan(100);
    for (const key of [...literal, ...DYNAMIC_KEYS]) {
      expect(catalogs.en?.[key], `en: ${key}`).toBeDefined();
      expect(catalogs.az?.[key], `az: ${key}`).toBeDefined();
    }
  });

  it('both languages have the same keys, non-empty, with the same placeholders', () => {
    for (const file of ['sidepanel.json', 'campaign.json']) {
      const en = JSON.parse(readFileSync(join(LOCALES_DIR, 'en', file), 'utf8')) as Record<string, { message: string }>;
      const az = JSON.parse(readFileSync(join(LOCALES_DIR, 'az', file), 'utf8')) as Record<string, { message: string }>;
      expect(Object.keys(az).sort()).toEqual(Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(en)) {
        expect(key).toMatch(/^(sp|campaign)_[a-zA-Z0-9_]+$/);
        expect(az[key]!.message.trim(), key).not.toBe('');
        const placeholders = (m: string) => [...m.matchAll(/\$\d/g)].map((x) => x[0]).sort();
        expect(placeholders(az[key]!.message), key).toEqual(placeholders(message));
      }
    }
  });
});
