import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_KINDS, RESULT_SOURCES, SKIP_REASONS } from '../../../../lib/campaign/results/imports';
import { MATCH_REASONS } from '../../../../lib/campaign/results/posts';
import { QUANTITIES } from '../../../../lib/campaign/results/ratios';
import { LOCALES_DIR, buildLocaleCatalogs } from '../../../../lib/i18n/build-catalogs';

const ROOT = join(LOCALES_DIR, '..', '..', '..');
const DIRS = ['components/sidepanel/results', 'lib/campaign/results', 'lib/export'];
const SOURCES = DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
);

/** Keys the code builds from enums (t(`results_reason_${reason}`)), listed from the same enums. */
const DYNAMIC = [
  ...QUANTITIES.flatMap((q) => [`results_why_${q}_missing`, `results_why_${q}_zero`]),
  ...['no_fee', 'no_commission', 'no_revenue', 'no_product_value'].map((p) => `results_spend_${p}`),
  ...['no_value', 'no_baseline', 'percent_of_cost'].map((p) => `results_kpi_problem_${p}`),
  ...['met', 'not_met', 'unknown'].map((s) => `results_kpi_${s}`),
  ...MATCH_REASONS.map((r) => `results_reason_${r}`),
  ...['label', 'caption'].map((d) => `results_disclosed_${d}`),
  ...RESULT_SOURCES.map((s) => `results_source_${s}`),
  ...KEY_KINDS.map((k) => `results_key_${k.replace('-', '_')}`),
  ...SKIP_REASONS.map((r) => `results_skip_${r.replace('-', '_')}`),
  ...['clicks', 'orders', 'revenue', 'date', 'campaign', 'status'].map((c) => `results_column_${c}`),
  ...['unknown', 'other_campaign'].map((m) => `results_match_${m}`),
  ...['campaign', 'schedule', 'drafted'].map((f) => `results_window_from_${f}`),
  ...['plan', 'results'].map((v) => `results_view_${v}`),
  ...['empty', 'binary', 'too_many_rows', 'malformed', 'missing_column', 'no_number_column', 'no_rows', 'invalid'].map((e) => `results_error_${e}`),
];

describe('results strings', () => {
  const catalogs = buildLocaleCatalogs();
  const literal = new Set(SOURCES.flatMap((src) => [...src.matchAll(/(?<!messageKey\()['"`](results_[a-z0-9_]+)['"`]/g)].map((m) => m[1]!)));

  it('every key the code uses exists in English and Azerbaijani', () => {
    expect(literal.size).toBeGreaterThan(60);
    for (const key of [...literal, ...DYNAMIC]) {
      expect(catalogs.en?.[key], `en: ${key}`).toBeDefined();
      expect(catalogs.az?.[key], `az: ${key}`).toBeDefined();
    }
  });

  it('both languages have the same keys, non-empty, with the same placeholders, and none unused', () => {
    const en = JSON.parse(readFileSync(join(LOCALES_DIR, 'en', 'results.json'), 'utf8')) as Record<string, { message: string }>;
    const az = JSON.parse(readFileSync(join(LOCALES_DIR, 'az', 'results.json'), 'utf8')) as Record<string, { message: string }>;
    expect(Object.keys(az).sort()).toEqual(Object.keys(en).sort());
    const used = new Set([...literal, ...DYNAMIC]);
    for (const [key, { message }] of Object.entries(en)) {
      expect(key).toMatch(/^results_[a-z0-9_]+$/);
      expect(used.has(key), `unused: ${key}`).toBe(true);
      expect(az[key]!.message.trim(), key).not.toBe('');
      const placeholders = (m: string) => [...m.matchAll(/\$\d/g)].map((x) => x[0]).sort();
      expect(placeholders(az[key]!.message), key).toEqual(placeholders(message));
    }
  });
});
