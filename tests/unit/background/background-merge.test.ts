import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../../lib/background/service';
import { scoreWithStore } from '../../../lib/storage/scoring';
import { openVetlensDB, type VetlensDB } from '../../../lib/storage/db';
import { nodeI18n } from '../../../lib/i18n/node';
import { CONTENT_HOSTS } from '../../../lib/platforms/hosts';
import { storedSnapshots } from '../../../lib/storage/visits';
import { channelPage, watchPage } from '../scoring/helpers';
import { importBrandFit } from '../../../lib/scoring/load-brand-fit';

const EXTENSION_ID = 'vetlens-test-id';
const T0 = '2026-03-01T12:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

let db: VetlensDB;
let deps: BackgroundDeps;
beforeEach(async () => {
  db = openVetlensDB(`vetlens-merge-${Math.random()}`);
  await db.open();
  deps = { db, i18n: nodeI18n('en'), extensionId: EXTENSION_ID, contentHosts: CONTENT_HOSTS, loadBrandFit: importBrandFit };
});
afterEach(async () => {
  await db.delete();
});

const send = async (snapshot: ReturnType<typeof channelPage>) => {
  const response = await handleMessage({ type: 'content-to-worker:snapshot', snapshot }, { id: EXTENSION_ID, url: snapshot.url, tab: { id: 1 } }, deps);
  if (!response.ok || !('report' in response)) throw new Error(`expected a report: ${JSON.stringify(response)}`);
  return response.report;
};

describe('a creator is everything seen of them (background and store)', () => {
  it('keeps the channel page and each video opened minutes later, and scores them merged', async () => {
    const channel = channelPage(at(0), 30, { views: (i) => 8_000 + i * 200, followers: 100_000 });
    const first = await send(channel);
    expect(first.scores.engagement.score).toBeNull();
    // Reach 42 (median views 10,900 over 100,000 followers) × 2/3 + authenticity 100 × 1/3.
    expect(first.scores.overall.score).toBe(61);
    const stored = () => db.creators.get('youtube:chan');
    expect((await stored())!.scores).toMatchObject({ engagement: null, engagementRate: null, reach: first.scores.reach!.score });

    await send(watchPage(at(3), 'v2', 24 * 5, { views: 9_000, likes: 400, comments: 30 }));
    const last = await send(watchPage(at(6), 'v4', 24 * 7, { views: 8_600, likes: 310, comments: 22 }));
    // Three pages of one visit: all three kept, none replacing another.
    expect((await storedSnapshots(db, 'youtube:chan')).map((s) => s.pageKind)).toEqual(['profile', 'post', 'post']);
    expect(last.scores.engagement).toMatchObject({ basis: 'views', inputs: { count: 2 } });
    expect(last.scores.evidence!.followersFrom).toMatchObject({ followers: 100_000 });
    const record = (await stored())!;
    expect(record.scores.engagement).toBe(last.scores.engagement.score);
    expect(record.scores.engagementRate).toBeCloseTo(last.scores.engagement.rate!, 10);
    // The record keeps the channel's address, name and follower count, not the last video's.
    expect(record).toMatchObject({ url: 'https://www.youtube.com/@chan', followers: 100_000, displayName: 'Creator', snapshotCount: 3 });

    // The side panel re-scores the newest stored snapshot with the store: the same merged scores.
    const latest = (await storedSnapshots(db, 'youtube:chan')).at(-1)!;
    expect((await scoreWithStore(db, latest, deps.i18n, importBrandFit)).engagement.score).toBe(last.scores.engagement.score);
  });

  it('still replaces a re-read of the same page within the visit', async () => {
    await send(watchPage(at(0), 'v2', 24 * 5, { views: 9_000, likes: 400 }, 100_000));
    await send(watchPage(at(1), 'v2', 24 * 5, { views: 9_050, likes: 401, comments: 12 }, 100_000));
    expect(await db.snapshots.count()).toBe(1);
  });

  it('gives a creator first seen on a video their profile address', async () => {
    await send(watchPage(at(0), 'v2', 24 * 5, { views: 9_000, likes: 400 }, 100_000));
    expect((await db.creators.get('youtube:chan'))!.url).toBe('https://www.youtube.com/@chan');
  });
});
