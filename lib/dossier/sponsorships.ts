import type { ProfileSnapshot } from '../snapshot';
import { ownNames, readPromotion } from './promotion';
import type { SponsoredPost, SponsorshipHistory } from './types';

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function brandKey(name: string): string {
  return normalize(name.replace(/^@/, '').replace(/\.[a-z]{2,}$/, ''));
}

/**
 * Who paid the creator before, from the posts seen: those with the platform's paid-partnership label
 * or an #ad-style disclosure are sponsored; the brands they name, with dates; the brief's
 * competitors among them; and posts that read like a promotion of someone else's product without any
 * disclosure. A creator's own shop, merchandise or channels are not a sponsor.
 */
export function sponsorshipHistory(creator: ProfileSnapshot, competitors: readonly string[] = []): SponsorshipHistory {
  const own = ownNames(creator);
  const sponsored: SponsoredPost[] = [];
  const undisclosed: SponsorshipHistory['undisclosed'] = [];
  let ownPromotions = 0;
  for (const post of creator.posts) {
    const reading = readPromotion(post, own);
    if (reading.own) {
      ownPromotions++;
      continue;
    }
    if (reading.disclosed) {
      const signals: SponsoredPost['signals'] = [reading.disclosed];
      if (reading.codes.length) signals.push('code');
      if (reading.trackingLinks.length) signals.push('tracking-link');
      sponsored.push({ id: post.id, url: post.url, publishedAt: post.publishedAt, signals, brands: reading.brands, codes: reading.codes });
    } else if (reading.cue && (reading.codes.length > 0 || reading.trackingLinks.length > 0 || reading.brands.length > 0)) {
      undisclosed.push({ id: post.id, url: post.url, cue: reading.cue.slice(0, 80) });
    }
  }
  const byBrand = new Map<string, { name: string; dates: string[]; posts: number }>();
  for (const post of sponsored) {
    // "Brilliant" and "brilliant.org" in one post are one brand, counted once.
    const keys = new Map<string, string>();
    for (const name of post.brands) {
      const key = brandKey(name);
      if (!keys.has(key)) keys.set(key, name);
    }
    for (const [key, name] of keys) {
      const entry = byBrand.get(key) ?? { name, dates: [], posts: 0 };
      entry.posts++;
      if (post.publishedAt) entry.dates.push(post.publishedAt);
      byBrand.set(key, entry);
    }
  }
  const brands = [...byBrand.values()]
    .map((b) => ({ ...b, dates: [...new Set(b.dates)].sort().reverse() }))
    .sort((a, b) => b.posts - a.posts || (b.dates[0] ?? '').localeCompare(a.dates[0] ?? ''));
  const found = (competitor: string) => {
    const c = normalize(competitor);
    return c.length >= 2 && (byBrand.has(c) || [...byBrand.keys()].some((k) => c.length >= 4 && k.includes(c)));
  };
  return {
    postsSeen: creator.posts.length,
    sponsored,
    share: creator.posts.length ? sponsored.length / creator.posts.length : null,
    brands,
    competitors: competitors.filter(found),
    undisclosed,
    ownPromotions,
  };
}
