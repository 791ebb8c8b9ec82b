import * as z from 'zod/mini';
import type { Post } from '../snapshot';
import type { Series } from './manipulate';
import { baseSnapshot } from './synthetic';

/**
 * Real genuine Instagram accounts in the InstaFake shape (Akyon & Kalfaoglu, "Instagram Fake and
 * Automated Account Detection", ASYU 2019; collected 2018; CC BY-NC 4.0). The data set is never
 * copied into this repository: `npm run eval` reads it at run time where a copy is present, and this
 * module only turns its records into the snapshots a profile page would give.
 */
const Count = z.number().check(z.int(), z.nonnegative());
const AccountSchema = z.object({
  userFollowerCount: Count,
  userFollowingCount: Count,
  userMediaCount: Count,
  mediaLikeNumbers: z.array(Count),
  mediaCommentNumbers: z.array(Count),
  /** Unix seconds, newest first. */
  mediaUploadTimes: z.array(z.number()),
  mediaCommentsAreDisabled: z.optional(z.array(z.number())),
});
export type RealAccount = z.infer<typeof AccountSchema>;

export function parseRealAccounts(json: string): RealAccount[] {
  return z.array(AccountSchema).parse(JSON.parse(json));
}

/** Posts a profile grid shows before any scrolling: the evaluation scores what a page gives. */
export const POSTS_ON_PAGE = 12;
const DAY_MS = 86_400_000;

/**
 * The data set records no collection time. Every account is taken as captured one day after the
 * newest upload in the whole set, so no post is newer than its capture.
 */
export function collectedAt(accounts: readonly RealAccount[]): string {
  let newest = 0;
  for (const a of accounts) for (const t of a.mediaUploadTimes) newest = Math.max(newest, t);
  return new Date(newest * 1000 + DAY_MS).toISOString();
}

function postsAsOf(account: RealAccount, index: number, asOf: number, count: number): Post[] {
  const posts: Post[] = [];
  account.mediaLikeNumbers.forEach((likes, k) => {
    const time = account.mediaUploadTimes[k];
    if (time === undefined || time * 1000 > asOf || posts.length >= count) return;
    const disabled = account.mediaCommentsAreDisabled?.[k] === 1;
    posts.push({
      id: `a${index}p${k}`,
      url: null,
      publishedAt: new Date(time * 1000).toISOString(),
      likes,
      comments: disabled ? null : (account.mediaCommentNumbers[k] ?? null),
      views: null,
      shares: null,
      caption: null,
      hashtags: [],
      pinned: false,
    });
  });
  return posts;
}

/**
 * One account as two visits: the current one (the latest `posts` posts) and one `earlierDays` before,
 * showing the posts published by then. The data set holds a single follower count, so both visits
 * show it: a real account's own growth between visits cannot be measured from this data.
 */
export function realSeries(account: RealAccount, index: number, capturedAt: string, posts = POSTS_ON_PAGE, earlierDays = 7): Series {
  const handle = `real_${index}`;
  const now = Date.parse(capturedAt);
  const earlierAt = new Date(now - earlierDays * DAY_MS).toISOString();
  const visit = (at: string) => ({
    ...baseSnapshot('instagram', handle, at, account.userFollowerCount, account.userFollowingCount, postsAsOf(account, index, Date.parse(at), posts)),
    postCount: account.userMediaCount,
    sources: ['real-data'],
  });
  return { snapshot: visit(capturedAt), history: [visit(earlierAt)] };
}
