import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyBrief, type BrandBrief } from '../../../../lib/brief';
import { buildLocaleCatalogs } from '../../../../lib/i18n/build-catalogs';
import { snake } from '../../../../lib/i18n/keys';
import { measureAuthenticity } from '../../../../lib/scoring/authenticity';
import { AUTHENTICITY_CALIBRATION } from '../../../../lib/scoring/authenticity-references';
import { AUTHENTICITY_CHECK_IDS } from '../../../../lib/scoring/check-ids';
import { AUTHENTICITY_CHECKS } from '../../../../lib/scoring/checks/authenticity';
import { BRAND_FIT_CHECKS } from '../../../../lib/scoring/checks/brand-fit';
import type { BrandFitInput } from '../../../../lib/scoring/checks/check';
import { SEVERITY_POINTS, VERDICT_AT } from '../../../../lib/scoring/checks/ladder';
import { scoreEngagement } from '../../../../lib/scoring/engagement';
import { snapshot } from '../helpers';

/**
 * The checks' conventions, as refined-github's tests hold its features to theirs: a check is one
 * file of lib/scoring/checks/<kind>/, exporting one check whose id is the file's name, registered once,
 * saying only messages both catalogues hold, with a path for the data it lacks.
 */

const DIR = join('lib', 'scoring', 'checks');
const KINDS = { authenticity: AUTHENTICITY_CHECKS, 'brand-fit': BRAND_FIT_CHECKS } as const;
const catalogs = buildLocaleCatalogs();
const placeholders = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].length;

const checkFiles = (kind: string) =>
  readdirSync(join(DIR, kind))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => basename(f, '.ts'))
    .sort();

it("names for the views exactly the registry's authenticity checks, in its order", () => {
  expect(AUTHENTICITY_CHECKS.map((check) => check.id)).toEqual([...AUTHENTICITY_CHECK_IDS]);
});

describe.each(Object.entries(KINDS))('the %s checks', (kind, registry) => {
  it('are one file each, every file registered once, ids unique and equal to the file names', () => {
    const ids = registry.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(checkFiles(kind));
  });

  it.each(checkFiles(kind))('%s.ts exports exactly its registered check', async (file) => {
    const module = (await import(`../../../../lib/scoring/checks/${kind}/${file}.ts`)) as Record<string, unknown>;
    const exported = Object.values(module);
    expect(exported).toHaveLength(1);
    expect(exported[0]).toBe(registry.find((c) => c.id === file));
  });

  it('say only messages both catalogues hold, with the same substitutions', () => {
    for (const check of registry) {
      expect(check.says.length, check.id).toBeGreaterThan(0);
      for (const key of check.says) {
        expect(catalogs.en?.[key], `${check.id}: ${key}`).toBeDefined();
        expect(catalogs.az?.[key], `${check.id}: ${key} (az)`).toBeDefined();
        expect(placeholders(catalogs.az![key]!.message), key).toBe(placeholders(catalogs.en![key]!.message));
      }
    }
  });

  it('have no check reading the source of another kind: each file imports only shared modules and its own kind', () => {
    const other = Object.keys(KINDS).filter((k) => k !== kind);
    for (const file of checkFiles(kind)) {
      const source = readFileSync(join(DIR, kind, `${file}.ts`), 'utf8');
      for (const k of other) expect(source, file).not.toMatch(new RegExp(`from '\\.\\./${k}/`));
      expect(source, file).not.toMatch(/from '\.\/(?!index)/);
    }
  });
});

describe('authenticity checks', () => {
  const empty = snapshot({ followers: null, following: null, posts: [] });
  const input = {
    snapshot: empty,
    engagement: scoreEngagement(empty),
    history: [],
    measures: measureAuthenticity(empty),
    calibration: AUTHENTICITY_CALIBRATION,
  };

  it.each(AUTHENTICITY_CHECKS.map((c) => [c.id, c] as const))('%s says "not checked" when the page gives nothing to check', (_id, check) => {
    expect(check.run(input)).toEqual({ status: 'not-checked' });
  });

  it('each have a name in both catalogues (check_<id>) for the card and the side panel', () => {
    for (const { id } of AUTHENTICITY_CHECKS) {
      expect(catalogs.en?.[`check_${snake(id)}`], id).toBeDefined();
      expect(catalogs.az?.[`check_${snake(id)}`], id).toBeDefined();
    }
  });

  it('declare what they read, the platforms they judge and the manipulation their flags point to', () => {
    for (const check of AUTHENTICITY_CHECKS) {
      expect(['posts', 'profile', 'history'], check.id).toContain(check.reads);
      expect(check.platforms.length, check.id).toBeGreaterThan(0);
      expect(check.suggests.length, check.id).toBeGreaterThan(0);
    }
  });
});

describe('brand-fit checks', () => {
  const page = snapshot({ followers: null, bio: null, posts: [] });
  const fullBrief: BrandBrief = {
    ...emptyBrief('Everything'),
    keywords: ['serum'],
    languages: ['en'],
    competitors: ['Rival'],
    avoidWords: ['casino'],
    followerRange: { min: 1_000, max: null },
    platforms: ['instagram'],
  };
  const inputFor = (brief: BrandBrief): BrandFitInput => ({
    snapshot: page,
    brief,
    terms: brief.keywords.map((term) => ({ term, weight: 1, kind: 'keyword' as const })),
    docs: [],
    sources: [{ postId: undefined, text: '', handles: [] }],
    language: null,
  });

  it.each(BRAND_FIT_CHECKS.filter((c) => c.asks.length > 0).map((c) => [c.id, c] as const))('%s is "not asked" when the brief leaves it open', (_id, check) => {
    expect(check.run(inputFor({ ...emptyBrief('Open'), platforms: [] }))).toMatchObject({ status: 'not-asked', reasons: [] });
  });

  it.each(BRAND_FIT_CHECKS.filter((c) => c.reads.some((r) => r !== 'platform')).map((c) => [c.id, c] as const))(
    '%s says "not checked" when the page lacks what it reads',
    (_id, check) => {
      const outcome = check.run(inputFor(fullBrief));
      expect(outcome.status).toBe('not-checked');
      expect(outcome.score).toBeUndefined();
      expect(outcome.warnings ?? []).toEqual([]);
    },
  );

  it('count as a weighted part of the fit score or as warnings with points off, the parts weighing 1 together', () => {
    const parts = BRAND_FIT_CHECKS.flatMap((c) => ('part' in c.counts ? [c.counts] : []));
    expect(parts.map((p) => p.part).sort()).toEqual(['followers', 'language', 'platform', 'text']);
    expect(parts.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 10);
    for (const check of BRAND_FIT_CHECKS) if ('part' in check.counts) expect(check.id).toBe(check.counts.part);
  });
});

describe('the severity ladder', () => {
  it('is defined once: no other scoring module writes its points or verdict lines', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const ladder = join(DIR, 'ladder.ts');
    const points = new RegExp(`\\b(info|warn|severe):\\s*(${Object.values(SEVERITY_POINTS).join('|')})\\b`);
    const lines = new RegExp(`\\b(REVIEW_AT|SUSPICIOUS_AT|review:\\s*${VERDICT_AT.review}|suspicious:\\s*${VERDICT_AT.suspicious})\\b`);
    const offenders = sources('lib').filter((file) => file !== ladder && (points.test(readFileSync(file, 'utf8')) || lines.test(readFileSync(file, 'utf8'))));
    expect(offenders).toEqual([]);
  });
});
