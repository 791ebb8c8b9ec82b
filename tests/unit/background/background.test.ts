import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../../lib/background/service';
import { RATES } from '../../../lib/background/rates';
import { openVetlensDB, type VetlensDB } from '../../../lib/storage/db';
import { nodeI18n } from '../../../lib/i18n/node';
import { CONTENT_HOSTS } from '../../../lib/platforms/hosts';
import { storedSnapshots } from '../../../lib/storage/visits';
import { loadNewestWorkspaceRows } from '../../../lib/storage/workspace';
import { DEFAULT_SHORTLIST_ID } from '../../../lib/storage/records';
import { makePosts, makeSnapshot } from '../helpers/snapshots';
import { importBrandFit } from '../../../lib/scoring/load-brand-fit';

const EXTENSION_ID = 'vetlens-test-id';
const fromInstagramTab = { id: EXTENSION_ID, url: 'https://www.instagram.com/lena.travels/', tab: { id: 7 } };

let db: VetlensDB;
let deps: BackgroundDeps;
beforeEach(async () => {
  db = openVetlensDB(`vetlens-test-${Math.random()}`);
  await db.open();
  deps = { db, i18n: nodeI18n('en'), extensionId: EXTENSION_ID, contentHosts: CONTENT_HOSTS, loadBrandFit: importBrandFit };
});
afterEach(async () => {
  await db.delete();
});

describe('background message handler', () => {
  it('scores a snapshot, stores it, and answers with the report', async () => {
    const snapshot = makeSnapshot({ posts: makePosts(Array.from({ length: 10 }, () => [260, 6])) });
    const response = await handleMessage({ type: 'content-to-worker:snapshot', snapshot }, fromInstagramTab, deps);
    expect(response).toMatchObject({ ok: true, creatorKey: 'instagram:lena.travels', shortlisted: false });
    if (!response.ok || !('report' in response)) throw new Error('expected a report');
    expect(response.report.scores.engagement.rate).toBeCloseTo(266 / 24310, 6);
    expect(response.report.scores.engagement.confidence).toBe('high');
    expect(await db.snapshots.count()).toBe(1);
    expect((await db.creators.get('instagram:lena.travels'))?.followers).toBe(24310);
  });

  it('sends the scored state straight to the card of the sending tab, numbered as the content script asked, and only then', async () => {
    const told: unknown[] = [];
    const withCard: BackgroundDeps = { ...deps, tellCard: (scored) => told.push(scored) };
    const snapshot = makeSnapshot({ posts: makePosts(Array.from({ length: 3 }, () => [260, 6])) });
    const topFrame = { ...fromInstagramTab, frameId: 0 };
    const response = await handleMessage({ type: 'content-to-worker:snapshot', snapshot, cardRequest: 4 }, topFrame, withCard);
    if (!response.ok || !('report' in response)) throw new Error('expected a report');
    // The card gets what the content script gets, as the state the content script would make of it.
    expect(told).toEqual([
      { tab: 7, cardRequest: 4, state: { status: 'ready', creatorKey: 'instagram:lena.travels', report: response.report, shortlisted: false } },
    ]);
    // No number (an older content script), or a frame other than the top one: the content script's relay alone.
    await handleMessage({ type: 'content-to-worker:snapshot', snapshot }, topFrame, withCard);
    await handleMessage({ type: 'content-to-worker:snapshot', snapshot, cardRequest: 5 }, { ...fromInstagramTab, frameId: 3 }, withCard);
    expect(told).toHaveLength(1);
  });

  it('keeps one snapshot per visit and a dated history across visits', async () => {
    const first = makeSnapshot({ capturedAt: '2024-11-01T10:00:00.000Z', followers: 20000 });
    const sameVisit = makeSnapshot({ capturedAt: '2024-11-01T10:05:00.000Z', followers: 20010 });
    const later = makeSnapshot({ capturedAt: '2024-11-20T10:00:00.000Z', followers: 24310 });
    for (const snapshot of [first, sameVisit, later]) await handleMessage({ type: 'content-to-worker:snapshot', snapshot }, fromInstagramTab, deps);
    const history = await storedSnapshots(db, 'instagram:lena.travels');
    expect(history.map((s) => s.followers)).toEqual([20010, 24310]);
    expect((await db.creators.get('instagram:lena.travels'))?.snapshotCount).toBe(2);
  });

  it('sets the shortlist state and remembers it for the next snapshot', async () => {
    const snapshot = makeSnapshot();
    const on = await handleMessage(
      { type: 'content-to-worker:shortlist-set', creatorKey: 'instagram:lena.travels', snapshot, shortlisted: true },
      fromInstagramTab,
      deps,
    );
    expect(on).toEqual({ ok: true, shortlisted: true });
    const rows = await loadNewestWorkspaceRows(db, DEFAULT_SHORTLIST_ID);
    expect(rows.map((r) => r.creator.key)).toEqual(['instagram:lena.travels']);
    const again = await handleMessage({ type: 'content-to-worker:snapshot', snapshot }, fromInstagramTab, deps);
    expect(again).toMatchObject({ ok: true, shortlisted: true });
    // Setting it twice (a retried message) changes nothing.
    expect(
      await handleMessage(
        { type: 'content-to-worker:shortlist-set', creatorKey: 'instagram:lena.travels', snapshot, shortlisted: true },
        fromInstagramTab,
        deps,
      ),
    ).toEqual({ ok: true, shortlisted: true });
    expect(await loadNewestWorkspaceRows(db, DEFAULT_SHORTLIST_ID)).toHaveLength(1);
    const off = await handleMessage(
      { type: 'content-to-worker:shortlist-set', creatorKey: 'instagram:lena.travels', snapshot, shortlisted: false },
      fromInstagramTab,
      deps,
    );
    expect(off).toEqual({ ok: true, shortlisted: false });
    expect(await loadNewestWorkspaceRows(db, DEFAULT_SHORTLIST_ID)).toEqual([]);
  });

  it("opens the side panel on Briefs for the card's link, from a content script only", async () => {
    const opened: (number | undefined)[] = [];
    const withPanel = { ...deps, openBriefs: (tabId: number | undefined) => (opened.push(tabId), Promise.resolve()) };
    expect(await handleMessage({ type: 'content-to-worker:open-briefs' }, fromInstagramTab, withPanel)).toEqual({ ok: true });
    expect(opened).toEqual([7]);
    // A page (or another extension) cannot open it: only our content scripts' messages count.
    expect(await handleMessage({ type: 'content-to-worker:open-briefs' }, { ...fromInstagramTab, id: 'other' }, withPanel)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'content-to-worker:open-briefs' }, fromInstagramTab, deps)).toMatchObject({ ok: false });
    expect(opened).toEqual([7]);
  });

  it('refuses a toggle whose key does not match its snapshot', async () => {
    const response = await handleMessage(
      { type: 'content-to-worker:shortlist-set', creatorKey: 'instagram:someone', snapshot: makeSnapshot(), shortlisted: true },
      fromInstagramTab,
      deps,
    );
    expect(response.ok).toBe(false);
    expect(await db.shortlistEntries.count()).toBe(0);
  });

  it.each([
    ['another extension', { ...fromInstagramTab, id: 'evil' }],
    ['a page of another site', { ...fromInstagramTab, url: 'https://evil.example/' }],
    ['an extension page without a tab', { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` }],
  ])('refuses messages from %s', async (_label, sender) => {
    const response = await handleMessage({ type: 'content-to-worker:snapshot', snapshot: makeSnapshot() }, sender, deps);
    expect(response).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
    expect(await db.snapshots.count()).toBe(0);
  });

  it.each([
    ['an unknown type', { type: 'content-to-worker:delete-everything' }],
    ['a snapshot with a negative count', { type: 'content-to-worker:snapshot', snapshot: { ...makeSnapshot(), followers: -5 } }],
    ['a snapshot with a string count', { type: 'content-to-worker:snapshot', snapshot: { ...makeSnapshot(), followers: '24310' } }],
    ['a snapshot without a platform', { type: 'content-to-worker:snapshot', snapshot: { ...makeSnapshot(), platform: 'myspace' } }],
    ['not an object', 'hello'],
  ])('rejects %s with a clear error and stores nothing', async (_label, message) => {
    const response = await handleMessage(message, fromInstagramTab, deps);
    expect(response).toMatchObject({ ok: false, error: expect.stringContaining('invalid message') });
    expect(await db.snapshots.count()).toBe(0);
  });

  it('says clearly when storage is full, and writes nothing half-way', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db.creators, 'put').mockRejectedValueOnce(quota);
    const response = await handleMessage({ type: 'content-to-worker:snapshot', snapshot: makeSnapshot() }, fromInstagramTab, deps);
    expect(response).toMatchObject({ ok: false, error: expect.stringContaining('storage for extensions is full') });
    // The snapshot was added in the same transaction as the creator: both or neither.
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.creators.count()).toBe(0);
  });

  it.each([
    ['a DataError "Failed to write blobs (IOError)"', Object.assign(new Error('Failed to write blobs (IOError)'), { name: 'DataError' })],
    ['an UnknownError about the quota', Object.assign(new Error('Internal error: quota exceeded while writing'), { name: 'UnknownError' })],
    [
      'a Dexie AbortError around a QuotaExceededError',
      Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: Object.assign(new Error('x'), { name: 'QuotaExceededError' }) }),
    ],
    [
      'a bulk write whose failures hold the quota error',
      Object.assign(new Error('1 of 1 operations failed'), {
        name: 'BulkError',
        failures: [Object.assign(new Error('disk is full'), { name: 'UnknownError' })],
      }),
    ],
    ["Firefox's NS_ERROR_FILE_NO_DEVICE_SPACE", Object.assign(new Error('x'), { name: 'NS_ERROR_FILE_NO_DEVICE_SPACE' })],
  ])('says "storage is full" in the same words for %s', async (_label, error) => {
    vi.spyOn(db.creators, 'put').mockRejectedValueOnce(error);
    const response = await handleMessage({ type: 'content-to-worker:snapshot', snapshot: makeSnapshot() }, fromInstagramTab, deps);
    expect(response).toEqual({ ok: false, error: deps.i18n.t('error_storage_full') });
    expect(await db.snapshots.count()).toBe(0);
  });

  it('says what went wrong, not "storage is full", for other write errors', async () => {
    vi.spyOn(db.creators, 'put').mockRejectedValueOnce(Object.assign(new Error('Key already exists'), { name: 'ConstraintError' }));
    const response = await handleMessage({ type: 'content-to-worker:snapshot', snapshot: makeSnapshot() }, fromInstagramTab, deps);
    expect(response).toMatchObject({ ok: false, error: expect.stringContaining('Key already exists') });
  });

  it('after a flood, forgets the visits a tab stored and the creators they made, but nothing older or touched', async () => {
    const now = Date.now();
    const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
    // A creator the marketer knows, visited a day ago, then a forged visit during the flood.
    await handleMessage(
      {
        type: 'content-to-worker:snapshot',
        snapshot: makeSnapshot({ handle: 'known', url: 'https://www.instagram.com/known/', capturedAt: at(24 * 60), followers: 500 }),
      },
      fromInstagramTab,
      deps,
    );
    await handleMessage(
      {
        type: 'content-to-worker:snapshot',
        snapshot: makeSnapshot({ handle: 'known', url: 'https://www.instagram.com/known/', capturedAt: at(1), followers: 987_654_321 }),
      },
      fromInstagramTab,
      deps,
    );
    // Two creators the flood made; the marketer tagged one of them meanwhile.
    for (const handle of ['fake1', 'fake2'])
      await handleMessage(
        { type: 'content-to-worker:snapshot', snapshot: makeSnapshot({ handle, url: `https://www.instagram.com/${handle}/`, capturedAt: at(1) }) },
        fromInstagramTab,
        deps,
      );
    await db.creators.update('instagram:fake2', { tags: ['keep'] });
    const items = ['known', 'fake1', 'fake2'].map((h) => ({ creatorKey: `instagram:${h}`, capturedAt: at(1) }));
    // A forget for an old visit does nothing: a flood cannot reach into history.
    items.push({ creatorKey: 'instagram:known', capturedAt: at(24 * 60) });
    const response = await handleMessage({ type: 'content-to-worker:forget', items }, fromInstagramTab, deps);
    expect(response).toEqual({ ok: true, forgotten: 3 });
    expect(await db.creators.get('instagram:fake1')).toBeUndefined();
    expect(await db.creators.get('instagram:fake2')).toMatchObject({ tags: ['keep'] });
    expect(await db.snapshots.where('creatorKey').equals('instagram:known').count()).toBe(1);
    expect(await db.creators.get('instagram:known')).toMatchObject({ followers: 500, lastSeenAt: at(24 * 60), snapshotCount: 1 });
    // Only a content script may ask.
    expect(await handleMessage({ type: 'content-to-worker:forget', items }, { id: 'evil' }, deps)).toMatchObject({ ok: false });
  });

  it('lets a tab add new creators only at a bounded rate, even across page reloads', async () => {
    const visit = (handle: string, tab: number) =>
      handleMessage(
        {
          type: 'content-to-worker:snapshot',
          snapshot: makeSnapshot({ handle, url: `https://www.instagram.com/${handle}/`, capturedAt: new Date().toISOString() }),
        },
        { ...fromInstagramTab, tab: { id: tab } },
        deps,
      );
    // The tab's first creator, then as many more as a page may load without the person's input.
    for (let i = 0; i <= RATES.scriptedNew; i++) expect((await visit(`fake${i}`, 7)).ok).toBe(true);
    expect(await visit('one.too.many', 7)).toEqual({ ok: false, error: deps.i18n.t('overlay_flood') });
    expect(await db.creators.get('instagram:one.too.many')).toBeUndefined();
    // What the flood added is taken back; the tab's first creator (the page the person opened) stays.
    expect((await db.creators.toCollection().primaryKeys()).sort()).toEqual(['instagram:fake0']);
    // The tab is held, even for creators it knows; another tab is not held back.
    expect((await visit('fake0', 7)).ok).toBe(false);
    expect((await visit('someone', 8)).ok).toBe(true);
  });
  it('never stores views per follower as an engagement rate: it is reach, scored and stored apart', async () => {
    const posts = makePosts(Array.from({ length: 6 }, () => [null, null])).map((p) => ({ ...p, views: 50_000 }));
    const snapshot = makeSnapshot({ platform: 'youtube', handle: 'chan', url: 'https://www.youtube.com/@chan', followers: 100_000, posts });
    const sender = { ...fromInstagramTab, url: 'https://www.youtube.com/@chan' };
    const response = await handleMessage({ type: 'content-to-worker:snapshot', snapshot }, sender, deps);
    if (!response.ok || !('report' in response)) throw new Error('expected a report');
    expect(response.report.scores.engagement).toMatchObject({ basis: null, rate: null, score: null });
    // 50,000 views over 100,000 followers: the 85th percentile of 10k–500k (typical 14.1%).
    expect(response.report.scores.reach).toMatchObject({ rate: 0.5, score: 85 });
    const stored = (await db.creators.get('youtube:chan'))!.scores;
    expect(stored.engagementRate).toBeNull();
    expect(stored.reach).toBe(response.report.scores.reach!.score);
    // Reach 85 × 2/3 + authenticity 100 × 1/3.
    expect(stored.overall).toBe(90);
  });
});
