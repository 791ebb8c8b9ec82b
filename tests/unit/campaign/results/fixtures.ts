import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildImport, prepareFile } from '../../../../lib/campaign/results/import-file';
import type { ColumnMapping, ResultImport } from '../../../../lib/campaign/results/imports';
import { newCampaign, type Campaign } from '../../../../lib/campaign/schema';
import type { Post, ProfileSnapshot } from '../../../../lib/snapshot';

/** The campaign the files in tests/fixtures/results belong to: "Spring picks", two TikTok creators. */
export function springCampaign(over: Partial<Campaign> = {}): Campaign {
  const campaign = newCampaign({
    id: 'cmp-spring',
    name: 'Spring picks',
    now: new Date('2026-02-20T09:00:00Z'),
    creators: [
      { creatorKey: 'tiktok:vetlens_alpha', platform: 'tiktok', handle: 'vetlens_alpha' },
      { creatorKey: 'tiktok:vetlens_beta', platform: 'tiktok', handle: 'vetlens_beta' },
    ],
  });
  campaign.landingUrl = 'https://shop.example/spring';
  campaign.defaultSchedule = { kind: 'frequency', postsPerPeriod: 1, period: 'week', periods: 4, startDate: '2026-03-01' };
  campaign.creators[0] = { ...campaign.creators[0]!, promoCode: 'ALPHA10', model: 'fee', feePerPost: 150 };
  campaign.creators[1] = { ...campaign.creators[1]!, promoCode: 'BETA10', model: 'commission', commissionPercent: 10 };
  return { ...campaign, ...over };
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'results');

export function resultsFile(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A fixture file imported as the marketer would: its detected (or the given) mapping. */
export function importOf(name: string, campaign: Campaign, mapping?: ColumnMapping, id = name): ResultImport {
  const prepared = prepareFile(resultsFile(name), name);
  if (!prepared.ok) throw new Error(`${name}: ${JSON.stringify(prepared.error)}`);
  const built = buildImport(prepared.file, mapping ?? prepared.file.detected ?? prepared.file.guess, {
    id,
    campaignId: campaign.id,
    now: new Date('2026-03-20T10:00:00Z'),
  });
  if (!built.ok) throw new Error(`${name}: ${JSON.stringify(built.error)}`);
  return built.record;
}

export function post(id: string, over: Partial<Post> = {}): Post {
  return {
    id,
    url: `https://www.tiktok.com/@vetlens_alpha/video/${id}`,
    publishedAt: '2026-03-05T12:00:00.000Z',
    likes: 100,
    comments: 10,
    views: 5000,
    shares: 5,
    caption: null,
    hashtags: [],
    pinned: false,
    ...over,
  };
}

export function visit(handle: string, capturedAt: string, posts: Post[], over: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    platform: 'tiktok',
    handle,
    url: `https://www.tiktok.com/@${handle}`,
    capturedAt,
    displayName: handle,
    bio: null,
    verified: false,
    followers: 40_000,
    following: 10,
    postCount: 20,
    totalLikes: null,
    precision: {},
    posts,
    links: [],
    likesHidden: false,
    sources: ['dom'],
    pageKind: 'profile',
    ...over,
  };
}
