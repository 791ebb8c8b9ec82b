import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../../lib/background/service';
import { RATES, memoryRateStore, type RateStore } from '../../../lib/background/rates';
import { openVetlensDB, type VetlensDB } from '../../../lib/storage/db';
import { explainFlag } from '../../../lib/storage/verdicts';
import { nodeI18n } from '../../../lib/i18n/node';
import { CONTENT_HOSTS } from '../../../lib/platforms/hosts';
import { PAGES_PER_VISIT, storeVisit } from '../../../lib/storage/visits';
import { importBrandFit } from '../../../lib/scoring/load-brand-fit';
import { scoreSnapshot } from '../../../lib/scoring';
import { makePost, makeSnapshot } from '../helpers/snapshots';

const EXTENSION_ID = 'vetlens-test-id';
const T0 = Date.parse('2026-03-01T12:00:00.000Z');

let db: VetlensDB;
let store: RateStore;
let clock: number;
const depsFor = (): BackgroundDeps => ({
  db,
  i18n: nodeI18n('en'),
  extensionId: EXTENSION_ID,
  contentHosts: CONTENT_HOSTS,
  loadBrandFit: importBrandFit,
  rateStore: store,
  now: () => clock,
});
beforeEach(async () => {
  db = openVetlensDB(`vetlens-rates-${Math.random()}`);
  await db.open();
  store = memoryRateStore();
  clock = Date.now();
});
afterEach(async () => {
  await db.delete();
});

const profile = (handle: string, at = clock) => makeSnapshot({ handle, url: `https://www.instagram.com/${handle}/`, capturedAt: new Date(at).toISOString() });
const send = (deps: BackgroundDeps, snapshot: ReturnType<typeof makeSnapshot>, tab: number, personActive?: boolean) =>
  handleMessage({ type: 'content-to-worker:snapshot', snapshot, personActive }, { id: EXTENSION_ID, url: snapshot.url, tab: { id: tab } }, deps);
const creators = async () => (await db.creators.toCollection().primaryKeys()).sort();

describe('flood limits held by the worker', () => {
  it('keep counting when the worker is stopped and starts again (a new run reads the session store)', async () => {
    let deps = depsFor();
    for (let i = 0; i < 5; i++) expect((await send(deps, profile(`load${i}`), 3)).ok).toBe(true);
    // A stopped worker: a new run with the same session storage.
    deps = depsFor();
    for (let i = 5; i <= RATES.scriptedNew; i++) expect((await send(deps, profile(`load${i}`), 3)).ok).toBe(true);
    expect((await send(deps, profile('load.over'), 3)).ok).toBe(false);
    expect(await creators()).toEqual(['instagram:load0']);
  });

  it("give each tab's first creator for free: 65 tabs opened at once are all stored", async () => {
    const deps = depsFor();
    const answers = await Promise.all(Array.from({ length: 65 }, (_, i) => send(deps, profile(`tab${String(i).padStart(2, '0')}`), 100 + i)));
    expect(answers.filter((a) => a.ok)).toHaveLength(65);
    expect(await creators()).toHaveLength(65);
  });

  it("give a person's clicks and scrolling a higher allowance than a page's own switches", async () => {
    const deps = depsFor();
    for (let i = 0; i <= RATES.personNew; i++) expect((await send(deps, profile(`feed${i}`), 4, true)).ok).toBe(true);
    expect((await send(deps, profile('feed.over'), 4, true)).ok).toBe(false);
  });

  it('let the budget come back after a minute, and a held tab go after the hold', async () => {
    const deps = depsFor();
    for (let i = 0; i <= RATES.scriptedNew; i++) expect((await send(deps, profile(`slow${i}`), 5)).ok).toBe(true);
    clock += RATES.windowMs;
    for (let i = 0; i < RATES.scriptedNew; i++) expect((await send(deps, profile(`later${i}`), 5)).ok).toBe(true);
    expect((await send(deps, profile('later.over'), 5)).ok).toBe(false);
    clock += RATES.holdMs;
    expect((await send(deps, profile('after.hold'), 5)).ok).toBe(true);
  });

  it("write one creator's visits at most so often; the card still gets its scores", async () => {
    const deps = depsFor();
    for (let i = 0; i < RATES.creatorWrites + 5; i++) {
      // A re-read far enough apart to be its own visit each time, from a fresh document each time.
      const answer = await send(deps, profile('often', T0 + i * 31 * 60_000), 6);
      expect(answer.ok).toBe(true);
    }
    expect(await db.snapshots.count()).toBe(RATES.creatorWrites);
  });
});

describe("a flood's takeback", () => {
  it("removes only the rows the flooding tab wrote: another tab's visit of the same creator, and the creator, stay", async () => {
    const deps = depsFor();
    const fromA = profile('both.tabs', clock - 60_000);
    expect((await send(deps, fromA, 1)).ok).toBe(true);
    await send(deps, profile('other'), 2);
    // Tab B shows the same creator a minute later (the same visit), then floods.
    const fromB = { ...profile('both.tabs'), followers: 987_654_321 };
    expect((await send(deps, fromB, 2)).ok).toBe(true);
    const forget = await handleMessage(
      { type: 'content-to-worker:forget', items: [{ creatorKey: 'instagram:both.tabs', capturedAt: fromB.capturedAt }] },
      { id: EXTENSION_ID, url: fromB.url, tab: { id: 2 } },
      deps,
    );
    expect(forget).toEqual({ ok: true, forgotten: 1 });
    const rows = await db.snapshots.where('creatorKey').equals('instagram:both.tabs').toArray();
    expect(rows.map((r) => [r.capturedAt, r.snapshot.followers])).toEqual([[fromA.capturedAt, fromA.followers]]);
    expect(await db.creators.get('instagram:both.tabs')).toMatchObject({ followers: fromA.followers, lastSeenAt: fromA.capturedAt, snapshotCount: 1 });
  });

  it("keeps a creator the marketer gave a verdict on a flag, with the verdict: only the flooding tab's visit goes", async () => {
    const deps = depsFor();
    const flooded = profile('explained.meanwhile');
    expect((await send(deps, flooded, 2)).ok).toBe(true);
    await explainFlag(db, 'instagram:explained.meanwhile', 'follower-jump', 'a giveaway that week', new Date(clock));
    const forget = await handleMessage(
      { type: 'content-to-worker:forget', items: [{ creatorKey: 'instagram:explained.meanwhile', capturedAt: flooded.capturedAt }] },
      { id: EXTENSION_ID, url: flooded.url, tab: { id: 2 } },
      deps,
    );
    expect(forget).toEqual({ ok: true, forgotten: 1 });
    expect(await db.snapshots.where('creatorKey').equals('instagram:explained.meanwhile').count()).toBe(0);
    expect(await creators()).toEqual(['instagram:explained.meanwhile']);
    expect((await db.verdicts.toArray()).map((v) => [v.creatorKey, v.flag, v.note])).toEqual([
      ['instagram:explained.meanwhile', 'follower-jump', 'a giveaway that week'],
    ]);
  });

  it("does nothing for items naming another tab's visit", async () => {
    const deps = depsFor();
    const fromA = profile('victim');
    await send(deps, fromA, 1);
    const forget = await handleMessage(
      { type: 'content-to-worker:forget', items: [{ creatorKey: 'instagram:victim', capturedAt: fromA.capturedAt }] },
      { id: EXTENSION_ID, url: fromA.url, tab: { id: 2 } },
      deps,
    );
    expect(forget).toEqual({ ok: true, forgotten: 0 });
    expect(await creators()).toEqual(['instagram:victim']);
  });
});

describe('visits of one creator within a short time', () => {
  const post = (code: string, minute: number) =>
    makeSnapshot({
      pageKind: 'post',
      url: `https://www.instagram.com/p/${code}/`,
      capturedAt: new Date(T0 + minute * 60_000).toISOString(),
      posts: [makePost({ id: code, likes: 100 + minute, comments: 3 })],
    });
  const scores = (s: ReturnType<typeof makeSnapshot>) => scoreSnapshot(s, {});

  it(`keep ${PAGES_PER_VISIT} post pages apart, then fold later ones into the newest, keeping each post's newest reading`, async () => {
    for (let i = 0; i < 20; i++) await storeVisit(db, post(`C${i}`, i), scores(post(`C${i}`, i)));
    const rows = await db.snapshots.orderBy('capturedAt').toArray();
    expect(rows).toHaveLength(PAGES_PER_VISIT);
    expect(rows.at(-1)!.snapshot.posts.map((p) => p.id)).toEqual(['C19', 'C18', 'C17', 'C16', 'C15', 'C14', 'C13', 'C12', 'C11']);
    expect(rows.at(-1)!.capturedAt).toBe(post('C19', 19).capturedAt);
    expect((await db.creators.get('instagram:lena.travels'))!.snapshotCount).toBe(PAGES_PER_VISIT);
  });

  it('never fold into or replace a row the sender did not write; with no row of its own, a full visit keeps nothing more', async () => {
    for (let i = 0; i < PAGES_PER_VISIT; i++) await storeVisit(db, post(`C${i}`, i), scores(post(`C${i}`, i)));
    const before = await db.snapshots.toArray();
    const other = await storeVisit(db, post('X1', 13), scores(post('X1', 13)), { mayReplace: () => false });
    expect(other).toEqual({ key: 'instagram:lena.travels', rowId: null, createdRow: false, createdCreator: false });
    expect(await db.snapshots.toArray()).toEqual(before);
    // A re-read of the same page from another sender is a row of its own.
    const again = await storeVisit(db, post('C11', 14), scores(post('C11', 14)), { mayReplace: () => false });
    expect(again.createdRow).toBe(true);
    expect(await db.snapshots.count()).toBe(PAGES_PER_VISIT + 1);
  });
});
