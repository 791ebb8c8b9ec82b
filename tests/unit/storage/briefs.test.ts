import { afterEach, describe, expect, it } from 'vitest';
import { emptyBrief, type BrandBrief } from '../../../lib/brief';
import { activateIfNone, getActiveBriefId, loadWeights, saveWeights, setActiveBrief } from '../../../lib/storage/settings';
import {
  deleteBrief,
  exportBriefJson,
  exportFileName,
  importBriefs,
  listBriefs,
  parseBriefImport,
  saveBrief,
  splitList,
  undoDeleteBrief,
} from '../../../lib/storage/briefs';
import { loadScoringSettings } from '../../../lib/storage/settings';
import { openVetlensDB, type VetlensDB } from '../../../lib/storage/db';
import { nodeI18n } from '../../../lib/i18n/node';
import { searchIabCategories } from '../../../lib/data/iab-categories';
import { DEFAULT_WEIGHTS } from '../../../lib/scoring/types';

const i18n = nodeI18n('en');
let n = 0;
const dbs: VetlensDB[] = [];
function freshDb(): VetlensDB {
  const db = openVetlensDB(`briefs-test-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const glow: BrandBrief = {
  ...emptyBrief('Glow serum'),
  keywords: ['skincare', 'serum'],
  categories: ['skin care'],
  languages: ['en', 'az'],
  competitors: ['Rival'],
  avoidWords: ['casino'],
  followerRange: { min: 5_000, max: 100_000 },
  platforms: ['instagram', 'tiktok'],
};

describe('brief storage', () => {
  it('saves, lists and updates briefs, storing categories as the IAB list spells them', async () => {
    const db = freshDb();
    const saved = await saveBrief(db, glow, i18n, { now: new Date('2026-01-01T00:00:00Z') });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.brief.categories).toEqual(['Skin Care']);
    await saveBrief(db, { ...glow, name: 'Another' }, i18n);
    expect((await listBriefs(db)).map((r) => r.brief.name)).toEqual(['Another', 'Glow serum']);
    await saveBrief(db, { ...glow, keywords: ['spf'] }, i18n, { id: saved.value.id });
    expect((await db.briefs.get(saved.value.id))?.brief.keywords).toEqual(['spf']);
    expect(await db.briefs.count()).toBe(2);
  });

  it('refuses an invalid brief with a clear error and stores nothing', async () => {
    const db = freshDb();
    const noName = await saveBrief(db, { ...glow, name: '  ' }, i18n);
    expect(noName).toMatchObject({ ok: false, error: expect.stringContaining('not a valid brief') });
    const badCategory = await saveBrief(db, { ...glow, categories: ['Skin Care', 'Crypto Moonshots'] }, i18n);
    expect(badCategory).toEqual({ ok: false, error: '"Crypto Moonshots" is not an IAB Content Taxonomy 3.1 category.' });
    const badRange = await saveBrief(db, { ...glow, followerRange: { min: 10, max: 5 } }, i18n);
    expect(badRange).toMatchObject({ ok: false, error: expect.stringContaining('minimum') });
    expect(await db.briefs.count()).toBe(0);
  });

  it('deletes with undo, and clears and restores the active brief with it', async () => {
    const db = freshDb();
    const saved = await saveBrief(db, glow, i18n);
    if (!saved.ok) throw new Error(saved.error);
    expect(await setActiveBrief(db, saved.value.id)).toBe(true);
    expect((await loadScoringSettings(db)).brief?.name).toBe('Glow serum');
    const deleted = await deleteBrief(db, saved.value.id);
    expect(deleted?.wasActive).toBe(true);
    expect(await getActiveBriefId(db)).toBeNull();
    expect(await db.briefs.count()).toBe(0);
    await undoDeleteBrief(db, deleted!);
    expect(await getActiveBriefId(db)).toBe(saved.value.id);
    expect((await db.briefs.get(saved.value.id))?.brief).toEqual(saved.value.brief);
  });

  it('refuses to activate a brief that does not exist', async () => {
    const db = freshDb();
    expect(await setActiveBrief(db, 'nope')).toBe(false);
    expect(await db.settings.get('activeBriefId')).toBeUndefined();
  });
});

describe('activateIfNone', () => {
  it('makes a brief active only while none is', async () => {
    const db = freshDb();
    const first = await saveBrief(db, { ...emptyBrief('First') }, i18n);
    const second = await saveBrief(db, { ...emptyBrief('Second') }, i18n);
    if (!first.ok || !second.ok) throw new Error('not saved');
    expect(await activateIfNone(db, first.value.id)).toBe(true);
    expect(await getActiveBriefId(db)).toBe(first.value.id);
    expect(await activateIfNone(db, second.value.id)).toBe(false);
    expect(await getActiveBriefId(db)).toBe(first.value.id);
    expect(await activateIfNone(db, 'no-such-brief')).toBe(false);
  });
});

describe('weights', () => {
  it('stores weights scaled to sum to 1, which the background then reads', async () => {
    const db = freshDb();
    expect(await loadWeights(db)).toEqual(DEFAULT_WEIGHTS);
    const saved = await saveWeights(db, { engagement: 50, authenticity: 30, brandFit: 20 }, i18n);
    expect(saved).toEqual({ ok: true, value: { engagement: 0.5, authenticity: 0.3, brandFit: 0.2 } });
    expect((await loadScoringSettings(db)).weights).toEqual({ engagement: 0.5, authenticity: 0.3, brandFit: 0.2 });
  });

  it('refuses negative, missing or all-zero weights and keeps the old ones', async () => {
    const db = freshDb();
    await saveWeights(db, { engagement: 1, authenticity: 1, brandFit: 0 }, i18n);
    for (const bad of [
      { engagement: -1, authenticity: 1, brandFit: 1 },
      { engagement: 0, authenticity: 0, brandFit: 0 },
      { engagement: Number.NaN, authenticity: 1, brandFit: 1 },
    ]) {
      expect((await saveWeights(db, bad, i18n)).ok).toBe(false);
    }
    expect(await loadWeights(db)).toEqual({ engagement: 0.5, authenticity: 0.5, brandFit: 0 });
  });

  it('falls back to the defaults when stored weights are invalid', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'weights', value: { engagement: 'lots' } });
    expect(await loadWeights(db)).toEqual(DEFAULT_WEIGHTS);
  });
});

describe('import and export', () => {
  it('round-trips a brief through the export JSON', async () => {
    const db = freshDb();
    const json = exportBriefJson(glow);
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      'name',
      'keywords',
      'categories',
      'languages',
      'competitors',
      'avoidWords',
      'followerRange',
      'platforms',
    ]);
    const imported = await importBriefs(db, json, i18n);
    expect(imported.ok && imported.value[0]!.brief).toEqual({ ...glow, categories: ['Skin Care'] });
    expect(exportFileName({ ...glow, name: 'Qış kampaniyası: 2026!' })).toBe('vetlens-brief-qış-kampaniyası-2026.json');
  });

  it('gives clear errors for broken files', () => {
    expect(parseBriefImport('{ not json', i18n)).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(parseBriefImport('[]', i18n)).toMatchObject({ ok: false, error: expect.stringContaining('one brief') });
    expect(parseBriefImport(JSON.stringify({ ...glow, languages: ['english'] }), i18n)).toMatchObject({
      ok: false,
      error: expect.stringContaining('languages'),
    });
  });

  it('imports a list all-or-nothing: one bad brief stores none', async () => {
    const db = freshDb();
    const text = JSON.stringify([glow, { ...glow, name: 'Second' }, { ...glow, platforms: ['myspace'] }]);
    const result = await importBriefs(db, text, i18n);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Brief 3 in the file: /) });
    expect(await db.briefs.count()).toBe(0);
    const good = await importBriefs(db, JSON.stringify([glow, { ...glow, name: 'Second' }]), i18n);
    expect(good.ok && good.value.length).toBe(2);
    expect(await db.briefs.count()).toBe(2);
  });

  it('splits list fields on commas and lines, without duplicates', () => {
    expect(splitList('skincare, Serum\nserum,, spf ')).toEqual(['skincare', 'Serum', 'spf']);
  });
});

describe('category search', () => {
  it('ranks the exact name first, then names that start with the query, then the rest', () => {
    const names = searchIabCategories('Travel', 10).map((c) => c.name);
    expect(names[0]).toBe('Travel');
    expect(names.indexOf('Travel Accessories')).toBeLessThan(names.indexOf('Air Travel'));
    expect(names.indexOf('Travel Insurance')).toBeGreaterThan(0);
    expect(searchIabCategories('beauty', 1)[0]!.name).toBe('Beauty');
    expect(searchIabCategories('  SKIN care ', 1)[0]!.name).toBe('Skin Care');
    // Children found only through a parent's name come after every own-name match.
    const viaParent = searchIabCategories('Style & Fashion', 50).map((c) => c.name);
    expect(viaParent[0]).toBe('Style & Fashion');
  });
});
