import { newCampaign, type Campaign, type CampaignCreator } from '../../../lib/campaign/schema';
import type { CampaignData } from '../../../lib/storage/campaigns';
import type { CreatorRecord, StoredVerdict } from '../../../lib/storage/records';
import type { Post, ProfileSnapshot } from '../../../lib/snapshot';

/**
 * A campaign of varied creators for pinning the CSV export byte for byte: formula triggers, quotes,
 * Azerbaijani and right-to-left names, invisible characters, missing records, snapshots and stats,
 * rounded and hidden counts, pinned, recent and undated posts, dates in every form the schema
 * accepts (offsets, no milliseconds, a day past the month's end), all three platforms and models,
 * schedules, verdicts and promo codes. Deterministic: creator `i` is the same on every run.
 */

const PLATFORMS = ['instagram', 'tiktok', 'youtube'] as const;
const NAMES = [
  'Aysel Məmmədova',
  '=HYPERLINK("x")',
  'Ömər "the" İsmayılov',
  '+994 50',
  '-minus',
  '@at',
  'Ana\u202Egnp',
  'Zero\u200Bwidth',
  'semi;colon',
  'Tab\there',
  'Line\nbreak',
  'plain',
];
const HANDLES = ['aysel.m', 'İLKİN_99', 'ə_ı_ö', 'x=1', 'with space', 'UPPER.Case', 'joiner\u200Dx', 'rtl\u200Fmark', '-dash', 'a'.repeat(120)];
const DATES = [
  '2026-01-10T08:00:00.000Z',
  '2026-01-31T10:00:00.000Z', // 48 h before the usual capture, to the millisecond
  '2026-01-31T10:00:00.001Z',
  '2026-01-31T09:59:59.999Z',
  '2026-02-01T09:00:00.000Z',
  '2026-01-31T12:00:00+02:00',
  '2026-01-31T10:00:00Z',
  '2026-01-30T23:59:59Z',
  '2026-02-30T10:00:00.000Z', // past the month's end: Date.parse rolls it over
  '2025-12-31T23:59:59.999Z',
  '2024-02-29T00:00:00.000Z',
];
const CAPTURES = ['2026-02-02T10:00:00.000Z', '2026-02-02T10:00:00Z', '2026-02-02T12:00:00+02:00', '2026-02-01T00:00:00.000Z'];
const STATUSES = ['to-contact', 'contacted', 'negotiating', 'confirmed', 'declined'] as const;
const CONFIDENCES = ['high', 'medium', 'low', 'none'] as const;

function post(i: number, p: number): Post {
  const k = i * 31 + p * 7;
  return {
    id: `${i}-${p}`,
    url: null,
    publishedAt: k % 13 === 0 ? null : DATES[k % DATES.length]!,
    likes: k % 11 === 0 ? null : 100 + ((k * 37) % 5000),
    comments: k % 5 === 0 ? null : (k * 3) % 200,
    views: k % 4 === 0 ? null : 1000 + ((k * 101) % 90_000),
    shares: k % 3 === 0 ? null : k % 50,
    caption: null,
    hashtags: [],
    pinned: k % 17 === 0,
    ...(k % 9 === 0 ? { rounded: ['likes' as const] } : {}),
  };
}

function record(i: number, platform: CreatorRecord['platform'], handle: string): CreatorRecord {
  return {
    key: `${platform}:${handle.toLowerCase()}${i}`,
    platform,
    handle,
    displayName: i % 10 === 0 ? '' : NAMES[i % NAMES.length]!,
    url: i % 6 === 0 ? `javascript:alert(${i})` : `https://example.com/${encodeURIComponent(handle)}`,
    followers: i % 8 === 0 ? null : 500 + i * 997,
    verified: i % 2 === 0,
    firstSeenAt: '2026-01-01T00:00:00.000Z',
    lastSeenAt: '2026-02-01T00:00:00.000Z',
    snapshotCount: 1 + (i % 5),
    scores: {
      overall: i % 9 === 0 ? null : i % 101,
      engagement: i % 7 === 0 ? null : (i * 3) % 101,
      engagementRate: i % 5 === 0 ? null : (i % 997) / 9973,
      authenticity: i % 4 === 0 ? null : (i * 7) % 101,
      authenticityVerdict: null,
      brandFit: i % 3 === 0 ? null : (i * 11) % 101,
      ...(i % 6 === 1
        ? {}
        : {
            confidence: {
              overall: CONFIDENCES[i % 4]!,
              engagement: CONFIDENCES[(i + 1) % 4]!,
              reach: null,
              brandFit: i % 2 ? null : CONFIDENCES[(i + 2) % 4]!,
            },
            authenticityConfidence: CONFIDENCES[(i + 3) % 4]!,
            engagementBasis: i % 3 === 0 ? null : i % 3 === 1 ? 'views' : 'followers',
            overallParts: i % 4 === 0 ? [] : (['engagement', 'reach', 'authenticity', 'brandFit'] as const).slice(0, 1 + (i % 4)),
          }),
    },
    tags: i % 4 === 0 ? [] : ['beauty', `=tag${i % 3}`, 'gözəllik'].slice(0, 1 + (i % 3)),
    notes: i % 5 === 0 ? '' : `note "${i}"; =SUM(A1)\r\n@x, -y`,
    status: STATUSES[i % STATUSES.length]!,
    groupId: null,
  };
}

function latest(i: number, platform: ProfileSnapshot['platform'], handle: string): ProfileSnapshot {
  return {
    platform,
    handle,
    url: i % 7 === 0 ? 'data:text/html,x' : `https://www.${platform}.com/@${encodeURIComponent(handle)}?q=${i}#top`,
    capturedAt: CAPTURES[i % CAPTURES.length]!,
    displayName: NAMES[i % NAMES.length]!,
    bio: null,
    verified: false,
    followers: i % 8 === 0 ? null : 500 + i * 997,
    following: 10,
    postCount: 40,
    totalLikes: null,
    precision: { followers: i % 3 === 0 ? 'rounded' : 'exact' },
    posts: Array.from({ length: i % 40 }, (_, p) => post(i, p)),
    links: [],
    likesHidden: i % 10 === 3,
    platformId: null,
    pageLanguage: 'en',
    sources: ['dom'],
    pageKind: 'profile',
  };
}

function terms(creator: CampaignCreator, i: number): CampaignCreator {
  const model = (['fee', 'commission', 'barter'] as const)[i % 3]!;
  return {
    ...creator,
    model,
    feePerPost: i % 4 === 0 ? null : 10 + ((i * 13.37) % 900),
    commissionPercent: i % 5 === 0 ? null : (i % 30) + 0.5,
    expectedSales: i % 6 === 0 ? null : i * 3,
    productValue: i % 7 === 0 ? null : (i % 200) + 0.25,
    promoCode: i % 9 === 0 ? `OWN-${i % 4}` : null,
    schedule:
      i % 4 === 0
        ? { kind: 'dates', dates: ['2026-03-01', '2026-03-08', '2026-03-08'].slice(0, 1 + (i % 3)) }
        : i % 4 === 1
          ? { kind: 'frequency', postsPerPeriod: 1 + (i % 3), period: 'week', periods: 1 + (i % 5), startDate: null }
          : null,
  };
}

/** `count` creators, their stored data, and the campaign listing them (`variant` changes name, landing page and pattern). */
export function variedCampaign(count: number, variant = 0): { campaign: Campaign; data: CampaignData } {
  const records = new Map<string, CreatorRecord>();
  const latestByKey = new Map<string, ProfileSnapshot>();
  const verdicts = new Map<string, StoredVerdict[]>();
  const entries: Array<{ creatorKey: string; platform: CreatorRecord['platform']; handle: string | null }> = [];
  for (let i = 0; i < count; i++) {
    const platform = PLATFORMS[i % 3]!;
    const handle = HANDLES[i % HANDLES.length]!;
    const stored = record(i, platform, handle);
    if (i % 13 !== 5) records.set(stored.key, stored);
    if (i % 11 !== 4) latestByKey.set(stored.key, latest(i, platform, handle));
    if (i % 8 === 2) {
      verdicts.set(stored.key, [
        { creatorKey: stored.key, flag: 'follower-spike', note: `=checked ${i}`, explainedAt: '2026-02-03T00:00:00.000Z' },
        { creatorKey: stored.key, flag: 'comments', note: 'bots "fine"', explainedAt: '2026-01-03T00:00:00.000Z' },
      ]);
    }
    entries.push({ creatorKey: stored.key, platform, handle: i % 15 === 14 ? null : handle });
  }
  const campaign = newCampaign({
    id: `varied-${variant}`,
    name: ['Yay kampaniyası, "ə"', '=cmd|x', 'Spring Sale 2026!'][variant % 3]!,
    now: new Date('2026-02-02T00:00:00Z'),
    creators: entries,
    currency: variant % 2 ? 'AZN' : 'USD',
  });
  campaign.landingUrl = ['https://shop.example/spring?utm_source=old&ref=1#buy', 'https://mağaza.example/yaz', 'not a url', 'https://shop.example/'][
    variant % 4
  ]!;
  campaign.promoPattern = ['{HANDLE}{CAMPAIGN}', '{PLATFORM}-{N}-{handle}', '{CAMPAIGN}'][variant % 3]!;
  campaign.budget = variant % 2 ? null : 50_000;
  campaign.creators = campaign.creators.map(terms);
  return { campaign, data: { records, latest: latestByKey, verdicts } };
}
