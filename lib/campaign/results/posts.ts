import { captionDisclosesAd } from '../../dossier/promotion';
import type { Post, ProfileSnapshot } from '../../snapshot';
import { reachRateFor } from '../estimates';
import type { Campaign } from '../schema';
import { foldForMatch } from '../../i18n/fold';
import { normalizeUtm, type CreatorKeys } from './keys';
import { inWindow, type CampaignWindow } from './window';

/**
 * Proof of delivery from the creators' own posts, derived on demand from the visits Vetlens already
 * stores (nothing new is written): a post of a campaign creator is a campaign post when its caption
 * carries the creator's promo code or tracking link (the link itself, its utm_content, or the landing
 * page without "https://"), a campaign hashtag or the brand's @mention, or when the site labels it a
 * paid partnership.
 *
 * The code and the link are the creator's own, so they count whenever the post is dated inside the
 * campaign's dates or is undated. A hashtag, a mention or the label could be any other promotion, so
 * they count only for a post dated inside the dates, or, when undated, read on a visit inside them.
 */
export const MATCH_REASONS = ['code', 'link', 'hashtag', 'mention', 'sponsored'] as const;
type MatchReason = (typeof MATCH_REASONS)[number];
const STRONG: ReadonlySet<MatchReason> = new Set(['code', 'link']);

interface Reading {
  capturedAt: string;
  pageKind: ProfileSnapshot['pageKind'];
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  /** Some count on this reading was shown rounded ("12.3K"). */
  rounded: boolean;
}

export interface SeenPost {
  postId: string;
  url: string | null;
  publishedAt: string | null;
  reasons: MatchReason[];
  /** How the post says it is an ad: the site's paid-partnership label, an #ad-style caption, or not at all. */
  disclosure: 'label' | 'caption' | null;
  /** Its counts at each visit, oldest first. */
  readings: Reading[];
  /** From the newest reading: views where shown, else followers × the published reach rate (Instagram). */
  reach: number | null;
  reachBasis: 'views' | 'estimate' | null;
  /** likes + comments + shares of the newest reading; null while likes are hidden or not shown. */
  engagements: number | null;
}

interface MatchCriteria {
  code: string;
  /** Lower-case texts any of which stands for the tracking link in a caption. */
  linkForms: string[];
  hashtags: string[];
  brands: string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The link, its utm_content pair, and the landing page as people write it: without scheme or "www.". */
function linkForms(campaign: Pick<Campaign, 'landingUrl'>, keys: Pick<CreatorKeys, 'trackingLink' | 'utmContent'>): string[] {
  const forms = new Set<string>();
  const bare = (url: string) =>
    url
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/$/, '');
  if (keys.trackingLink) forms.add(bare(keys.trackingLink));
  forms.add(`utm_content=${encodeURIComponent(keys.utmContent)}`.toLowerCase());
  forms.add(`utm_content=${keys.utmContent}`);
  if (campaign.landingUrl) {
    try {
      const url = new URL(campaign.landingUrl);
      const landing = bare(`${url.host}${url.pathname}`);
      if (landing.includes('.')) forms.add(landing);
    } catch {
      // An invalid landing URL has no short form.
    }
  }
  return [...forms].filter((f) => f.length >= 4);
}

export function matchCriteria(campaign: Pick<Campaign, 'landingUrl' | 'hashtags' | 'brandHandles'>, keys: CreatorKeys): MatchCriteria {
  return {
    code: keys.code,
    linkForms: linkForms(campaign, keys),
    hashtags: campaign.hashtags.map((h) => foldForMatch(h)),
    brands: campaign.brandHandles.map((b) => foldForMatch(b)),
  };
}

/** Why a post is a campaign post, from its caption, hashtags and label; empty when it is not. */
export function matchPost(post: Pick<Post, 'caption' | 'hashtags' | 'sponsored'>, criteria: MatchCriteria): MatchReason[] {
  const caption = post.caption ?? '';
  const lower = caption.toLowerCase();
  const reasons: MatchReason[] = [];
  // The code as a word of its own, in any case: "kod ana10." but not "banana10".
  if (criteria.code && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(criteria.code)}(?![\\p{L}\\p{N}])`, 'iu').test(caption)) reasons.push('code');
  if (criteria.linkForms.some((form) => lower.includes(form) || normalizeUtm(lower).includes(form))) reasons.push('link');
  // Tags compared with Azerbaijani and Turkish letters folded both ways: "#İSTİRAHƏT" is "#istirahət", "#QIŞ" is "#qış".
  const tags = new Set([...post.hashtags.map(foldForMatch), ...[...caption.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => foldForMatch(m[1]!))]);
  if (criteria.hashtags.some((h) => tags.has(h))) reasons.push('hashtag');
  const folded = foldForMatch(caption);
  if (criteria.brands.some((b) => new RegExp(`@${escapeRegExp(b)}(?![\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])`, 'u').test(folded))) reasons.push('mention');
  if (post.sponsored === true) reasons.push('sponsored');
  return reasons;
}

function readingOf(post: Post, snapshot: ProfileSnapshot): Reading {
  return {
    capturedAt: snapshot.capturedAt,
    pageKind: snapshot.pageKind,
    views: post.views,
    likes: post.likes,
    comments: post.comments,
    shares: post.shares,
    rounded: (post.rounded?.length ?? 0) > 0,
  };
}

/**
 * A creator's campaign posts from their stored visits (any order). `followers` is the count an
 * Instagram reach estimate uses when a post shows no views.
 */
export function seenPosts(
  snapshots: readonly ProfileSnapshot[],
  criteria: MatchCriteria,
  window: CampaignWindow,
  platform: ProfileSnapshot['platform'],
): SeenPost[] {
  const visits = [...snapshots].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  const followers = [...visits].reverse().find((s) => s.followers !== null)?.followers ?? null;
  const byId = new Map<string, { posts: Post[]; readings: Reading[]; visitedInWindow: boolean }>();
  for (const snapshot of visits) {
    for (const post of snapshot.posts) {
      const entry = byId.get(post.id) ?? { posts: [], readings: [], visitedInWindow: false };
      entry.posts.push(post);
      entry.readings.push(readingOf(post, snapshot));
      entry.visitedInWindow ||= inWindow(window, snapshot.capturedAt);
      byId.set(post.id, entry);
    }
  }
  const seen: SeenPost[] = [];
  for (const [postId, entry] of byId) {
    const reasons = new Set<MatchReason>();
    for (const post of entry.posts) matchPost(post, criteria).forEach((r) => reasons.add(r));
    if (reasons.size === 0) continue;
    const publishedAt = entry.posts.map((p) => p.publishedAt).findLast((d) => d !== null) ?? null;
    const strong = [...reasons].some((r) => STRONG.has(r));
    const counts = publishedAt !== null ? inWindow(window, publishedAt) : strong || entry.visitedInWindow;
    if (!counts) continue;
    const newest = entry.readings.at(-1)!;
    const estimate = newest.views === null ? reachRateFor(platform, followers) : null;
    const sponsored = entry.posts.some((p) => p.sponsored === true);
    const captioned = entry.posts.some((p) => captionDisclosesAd(p.caption, p.hashtags));
    seen.push({
      postId,
      url: entry.posts.map((p) => p.url).findLast((u) => u !== null) ?? null,
      publishedAt,
      reasons: MATCH_REASONS.filter((r) => reasons.has(r)),
      disclosure: sponsored ? 'label' : captioned ? 'caption' : null,
      readings: entry.readings,
      reach: newest.views ?? (estimate && followers ? Math.round(followers * estimate.rate) : null),
      reachBasis: newest.views !== null ? 'views' : estimate && followers ? 'estimate' : null,
      engagements: newest.likes === null ? null : newest.likes + (newest.comments ?? 0) + (newest.shares ?? 0),
    });
  }
  return seen.sort((a, b) => (a.publishedAt ?? a.readings[0]!.capturedAt).localeCompare(b.publishedAt ?? b.readings[0]!.capturedAt));
}
