import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../lib/background/service';
import { openVetlensDB, type VetlensDB } from '../../lib/db';
import { nodeI18n } from '../../lib/i18n/node';
import { CONTENT_HOSTS } from '../../lib/platforms/hosts';
import { historyFor, listShortlist } from '../../lib/store';
import { makePosts, makeSnapshot } from './helpers/snapshots';

const EXTENSION_ID = 'vetlens-test-id';
const fromInstagramTab = { id: EXTENSION_ID, url: 'https://www.instagram.com/lena.travels/', tab: { id: 7 } };

let db: VetlensDB;
let deps: BackgroundDeps;
beforeEach(async () => {
  db = openVetlensDB(`vetlens-test-${Math.random()}`);
  await db.open();
  deps = { db, i18n: nodeI18n('en'), extensionId: EXTENSION_ID, contentHosts: CONTENT_HOSTS };
});
afterEach(async () => {
  await db.delete();
});

describe('background message handler', () => {
  it('scores a snapshot, stores it, and answers with the report', async () => {
    const snapshot = makeSnapshot({ posts: makePosts(Array.from({ length: 10 }, () => [260, 6])) });
    const response = await handleMessage({ type: 'content:snapshot', snapshot }, fromInstagramTab, deps);
    expect(response).toMatchObject({ ok: true, creatorKey: 'instagram:lena.travels', shortlisted: false });
    if (!response.ok || !('report' in response)) throw new Error('expected a report');
    expect(response.report.scores.engagement.rate).toBeCloseTo(266 / 24310, 6);
    expect(response.report.scores.engagement.confidence).toBe('high');
    expect(await db.snapshots.count()).toBe(1);
    expect((await db.creators.get('instagram:lena.travels'))?.followers).toBe(24310);
  });

  it('keeps one snapshot per visit and a dated history across visits', async () => {
    const first = makeSnapshot({ capturedAt: '2024-11-01T10:00:00.000Z', followers: 20000 });
    const sameVisit = makeSnapshot({ capturedAt: '2024-11-01T10:05:00.000Z', followers: 20010 });
    const later = makeSnapshot({ capturedAt: '2024-11-20T10:00:00.000Z', followers: 24310 });
    for (const snapshot of [first, sameVisit, later]) await handleMessage({ type: 'content:snapshot', snapshot }, fromInstagramTab, deps);
    const history = await historyFor(db, 'instagram:lena.travels');
    expect(history.map((s) => s.followers)).toEqual([20010, 24310]);
    expect((await db.creators.get('instagram:lena.travels'))?.snapshotCount).toBe(2);
  });

  it('sets the shortlist state and remembers it for the next snapshot', async () => {
    const snapshot = makeSnapshot();
    const on = await handleMessage({ type: 'content:shortlist-set', creatorKey: 'instagram:lena.travels', snapshot, shortlisted: true }, fromInstagramTab, deps);
    expect(on).toEqual({ ok: true, shortlisted: true });
    const rows = await listShortlist(db);
    expect(rows.map((r) => r.creator.key)).toEqual(['instagram:lena.travels']);
    const again = await handleMessage({ type: 'content:snapshot', snapshot }, fromInstagramTab, deps);
    expect(again).toMatchObject({ ok: true, shortlisted: true });
    // Setting it twice (a retried message) changes nothing.
    expect(await handleMessage({ type: 'content:shortlist-set', creatorKey: 'instagram:lena.travels', snapshot, shortlisted: true }, fromInstagramTab, deps)).toEqual({ ok: true, shortlisted: true });
    expect(await listShortlist(db)).toHaveLength(1);
    const off = await handleMessage({ type: 'content:shortlist-set', creatorKey: 'instagram:lena.travels', snapshot, shortlisted: false }, fromInstagramTab, deps);
    expect(off).toEqual({ ok: true, shortlisted: false });
    expect(await listShortlist(db)).toEqual([]);
  });

  it('refuses a toggle whose key does not match its snapshot', async () => {
    const response = await handleMessage({ type: 'content:shortlist-set', creatorKey: 'instagram:someone', snapshot: makeSnapshot(), shortlisted: true }, fromInstagramTab, deps);
    expect(response.ok).toBe(false);
    expect(await db.shortlistEntries.count()).toBe(0);
  });

  it.each([
    ['another extension', { ...fromInstagramTab, id: 'evil' }],
    ['a page of another site', { ...fromInstagramTab, url: 'https://evil.example/' }],
    ['an extension page without a tab', { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` }],
  ])('refuses messages from %s', async (_label, sender) => {
    const response = await handleMessage({ type: 'content:snapshot', snapshot: makeSnapshot() }, sender, deps);
    expect(response).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
    expect(await db.snapshots.count()).toBe(0);
  });

  it.each([
    ['an unknown type', { type: 'content:delete-everything' }],
    ['a snapshot with a negative count', { type: 'content:snapshot', snapshot: { ...makeSnapshot(), followers: -5 } }],
    ['a snapshot with a string count', { type: 'content:snapshot', snapshot: { ...makeSnapshot(), followers: '24310' } }],
    ['a snapshot without a platform', { type: 'content:snapshot', snapshot: { ...makeSnapshot(), platform: 'myspace' } }],
    ['not an object', 'hello'],
  ])('rejects %s with a clear error and stores nothing', async (_label, message) => {
    const response = await handleMessage(message, fromInstagramTab, deps);
    expect(response).toMatchObject({ ok: false, error: expect.stringContaining('invalid message') });
    expect(await db.snapshots.count()).toBe(0);
  });

  it('says clearly when storage is full, and writes nothing half-way', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db.creators, 'put').mockRejectedValueOnce(quota);
    const response = await handleMessage({ type: 'content:snapshot', snapshot: makeSnapshot() }, fromInstagramTab, deps);
    expect(response).toMatchObject({ ok: false, error: expect.stringContaining('storage for extensions is full') });
    // The snapshot was added in the same transaction as the creator: both or neither.
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.creators.count()).toBe(0);
  });

  it('never stores views per follower as an engagement rate: it is reach, scored and stored apart', async () => {
    const posts = makePosts(Array.from({ length: 6 }, () => [null, null])).map((p) => ({ ...p, views: 50_000 }));
    const snapshot = makeSnapshot({ platform: 'youtube', handle: 'chan', url: 'https://www.youtube.com/@chan', followers: 100_000, posts });
    const sender = { ...fromInstagramTab, url: 'https://www.youtube.com/@chan' };
    const response = await handleMessage({ type: 'content:snapshot', snapshot }, sender, deps);
    if (!response.ok || !('report' in response)) throw new Error('expected a report');
    expect(response.report.scores.engagement).toMatchObject({ basis: null, rate: null, score: null });
    expect(response.report.scores.reach).toMatchObject({ rate: 0.5, score: expect.any(Number) });
    const stored = (await db.creators.get('youtube:chan'))!.scores;
    expect(stored.engagementRate).toBeNull();
    expect(stored.reach).toBe(response.report.scores.reach!.score);
    expect(stored.overall).not.toBeNull();
  });
});
