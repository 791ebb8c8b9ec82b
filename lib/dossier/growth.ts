import { creatorKey, type ProfileSnapshot } from '../snapshot';
import { GROWTH } from '../scoring/authenticity-references';
import type { GrowthSignals } from './types';

const DAY_MS = 86_400_000;
/**
 * A public view count only grows unless the platform takes views away, so any real fall counts; a
 * like count also falls when people change their minds, so only a fall of 1% or more does.
 */
const DROP_SHARE = { views: 0, likes: 0.01 } as const;
const DROP_MIN = 5;
/** Visits less than this apart say nothing about a daily rate. */
const MIN_SPAN_DAYS = 1;

/**
 * Growth and corrections between the marketer's visits: followers gained per day from the first to
 * the last visit with a follower count, against the published ceiling of what ads add; and posts
 * whose views or likes fell between two visits (the platforms remove fake views and likes later,
 * and the public count drops). Only exact counts are compared: a rounded "12K" after "12.4K" is not
 * a drop.
 */
export function growthSignals(snapshot: ProfileSnapshot, history: readonly ProfileSnapshot[]): GrowthSignals {
  const key = creatorKey(snapshot);
  const visits = [snapshot, ...history.filter((h) => h !== snapshot && creatorKey(h) === key && h.capturedAt <= snapshot.capturedAt)].sort((a, b) =>
    a.capturedAt.localeCompare(b.capturedAt),
  );
  const counted = visits.filter((v) => v.followers !== null);
  const first = counted[0];
  const last = counted[counted.length - 1];
  const days = first && last ? (Date.parse(last.capturedAt) - Date.parse(first.capturedAt)) / DAY_MS : 0;
  const followersPerDay = first && last && days >= MIN_SPAN_DAYS ? (last.followers! - first.followers!) / days : null;
  const drops: GrowthSignals['drops'] = [];
  // Per post and count: the latest exact reading before this visit.
  const previous = new Map<string, { value: number; at: string }>();
  for (const visit of visits) {
    for (const post of visit.posts) {
      for (const metric of ['views', 'likes'] as const) {
        const now = post.rounded?.includes(metric) ? null : post[metric];
        if (now === null) continue;
        const key = `${post.id}\n${metric}`;
        const before = previous.get(key);
        if (before && before.value - now >= Math.max(DROP_MIN, before.value * DROP_SHARE[metric]))
          drops.push({ id: post.id, url: post.url, metric, before: before.value, after: now, from: before.at, to: visit.capturedAt });
        previous.set(key, { value: now, at: visit.capturedAt });
      }
    }
  }
  return {
    followersPerDay,
    ceiling: { perDay: GROWTH.adsFollowersPerDay, source: GROWTH.source, year: GROWTH.year },
    aboveCeiling: followersPerDay !== null && followersPerDay > GROWTH.adsFollowersPerDay,
    span: first && last && days >= MIN_SPAN_DAYS ? { from: first.capturedAt, to: last.capturedAt, days: Math.round(days * 10) / 10 } : null,
    drops,
  };
}
