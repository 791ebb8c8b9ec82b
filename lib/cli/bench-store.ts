import 'fake-indexeddb/auto';
import { newCampaign, type Campaign } from '../campaign/schema';
import type { CampaignData } from '../storage/campaigns';
import type { CreatorRecord } from '../storage/records';
import { creatorRecord, timedUpgradeFromVersion1, version1Store } from './bench-migration';
import { campaignCsv } from '../export/csv';
import { buildCampaignExport } from '../export/rows';
import { nodeI18n } from '../i18n/node';
import type { ProfileSnapshot } from '../snapshot';

/** Node-side figures of `npm run bench`: the CSV export and the store migration, each on 10,000 creators. */

const N = 10_000;

function latestSnapshot(i: number): ProfileSnapshot {
  return {
    platform: 'tiktok',
    handle: `creator${i}`,
    url: `https://www.tiktok.com/@creator${i}`,
    capturedAt: '2026-02-01T00:00:00.000Z',
    displayName: `Creator ${i}`,
    bio: 'Skincare, "honest" reviews, and more',
    verified: false,
    followers: 1000 + i * 37,
    following: 300,
    postCount: 120,
    totalLikes: 500_000,
    precision: { followers: 'exact' },
    posts: Array.from({ length: 12 }, (_, p) => ({
      id: `${i}-${p}`,
      url: null,
      publishedAt: new Date(Date.UTC(2026, 0, 1 + p)).toISOString(),
      likes: 900 + p * 10,
      comments: 20 + p,
      views: 12_000 + p * 100,
      shares: 5,
      caption: 'Review #skincare',
      hashtags: ['skincare'],
      pinned: false,
    })),
    links: [],
    likesHidden: false,
    platformId: null,
    pageLanguage: 'en',
    sources: ['dom'],
    pageKind: 'profile',
  };
}

/** The CSV bench's campaign and stored data: 10,000 TikTok creators, each with a latest snapshot of 12 posts. */
export function csvBenchInput(): { campaign: Campaign; data: CampaignData } {
  const records = new Map<string, CreatorRecord>();
  const latest = new Map<string, ProfileSnapshot>();
  for (let i = 0; i < N; i++) {
    records.set(`tiktok:creator${i}`, creatorRecord(i));
    latest.set(`tiktok:creator${i}`, latestSnapshot(i));
  }
  const campaign = newCampaign({
    id: 'bench',
    name: 'Bench, "quoted"',
    now: new Date('2026-02-02T00:00:00Z'),
    creators: [...records.values()].map((r) => ({ creatorKey: r.key, platform: r.platform, handle: r.handle })),
  });
  campaign.landingUrl = 'https://shop.example/spring';
  campaign.creators.forEach((c, i) => (c.feePerPost = 100 + (i % 50)));
  return { campaign, data: { records, latest } };
}

export async function csvExport10kMs(): Promise<number> {
  const { campaign, data } = csvBenchInput();
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const text = await campaignCsv(buildCampaignExport(campaign, data), { i18n: nodeI18n('en') });
    runs.push(performance.now() - start);
    if (!text.includes('creator9999')) throw new Error('bench CSV is missing rows');
  }
  return Math.round(runs.sort((a, b) => a - b)[2]!);
}

/** Opens a store written by schema version 1 with 10,000 creators under the current schema (fake-indexeddb). */
export async function migration10kMs(): Promise<number> {
  return Math.round(await timedUpgradeFromVersion1(await version1Store()));
}
