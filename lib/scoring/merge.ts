import { MIN_POST_AGE_MS } from '../limits';
import { POST_COUNTS, creatorKey, type Post, type PostCount, type ProfileSnapshot } from '../snapshot';

/**
 * A creator is everything seen of them, not one page: the posts of every stored snapshot of the
 * creator (profile pages, post / video / watch pages, observed JSON) merged into one view, which the
 * scores then read. Pure: snapshots in, one snapshot out.
 */

const COUNTS = POST_COUNTS;
export type CountName = PostCount;

/** Where each count of a merged post was read: on a page listing many posts, or on the post's own page. */
type PageKind = ProfileSnapshot['pageKind'];

interface MergedPostInfo {
  /** When the reading the post's counts come from was taken. */
  readAt: string;
  /** The kind of page each known count came from. */
  from: Partial<Record<CountName, PageKind>>;
}

export interface MergedCreator {
  /** The scored snapshot: this page's profile fields, gaps filled from earlier visits, and the merged posts. */
  snapshot: ProfileSnapshot;
  /** Per post id: when and where its counts were read. */
  posts: ReadonlyMap<string, MergedPostInfo>;
  /** Posts whose newest usable reading was taken before they were old enough (`MIN_POST_AGE_MS`), left out. */
  readTooEarly: string[];
  /** Set when this page shows no follower count and an earlier visit's is used. */
  followersFrom: { capturedAt: string; pageKind: PageKind; followers: number } | null;
  /** Snapshots merged, this one included. */
  visits: number;
}

interface Reading {
  post: Post;
  capturedAt: string;
  pageKind: PageKind;
  /** Newest first across snapshots; this page first among equals. */
  rank: number;
  /** The post's place in its snapshot's list. */
  index: number;
}

/** Whether two snapshots are of the same creator: same platform, and the same handle or channel id. */
function sameCreator(a: ProfileSnapshot, b: ProfileSnapshot): boolean {
  if (a.platform !== b.platform) return false;
  if (creatorKey(a) === creatorKey(b)) return true;
  if (a.handle && b.handle) return a.handle.toLowerCase() === b.handle.toLowerCase();
  if (a.platformId && b.platformId) return a.platformId === b.platformId;
  return false;
}

/** YouTube Shorts are known by their address, youtube.com/shorts/ID, which the reading keeps. */
export function isShort(post: Pick<Post, 'url'>): boolean {
  return !!post.url && /^https:\/\/www\.youtube\.com\/shorts\//.test(post.url);
}

function timeOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** The best publish date of a post: an exact date over a relative one ("3 weeks ago"), newest reading first. */
function bestDate(readings: readonly Reading[]): { publishedAt: string | null; dateApproximate: boolean | undefined } {
  const exact = readings.find((r) => r.post.publishedAt && !r.post.dateApproximate);
  if (exact) return { publishedAt: exact.post.publishedAt, dateApproximate: exact.post.dateApproximate };
  const any = readings.find((r) => r.post.publishedAt);
  return { publishedAt: any?.post.publishedAt ?? null, dateApproximate: any?.post.dateApproximate };
}

function mature(reading: Reading, publishedAt: string | null): boolean {
  const published = timeOf(publishedAt);
  return published === null || Date.parse(reading.capturedAt) - published >= MIN_POST_AGE_MS;
}

/**
 * One post from its readings, newest first. The newest reading wins for every count it gives; older
 * readings fill only the counts it lacks (a channel page's tile has views but no likes, the watch
 * page opened earlier had both). A reading taken before the post was old enough is used only when
 * no later one exists, so early counts never mix with settled ones.
 */
function mergePost(readings: readonly Reading[]): { post: Post; info: MergedPostInfo; early: boolean } {
  const date = bestDate(readings);
  const newest = readings[0]!;
  const newestMature = mature(newest, date.publishedAt);
  const pool = newestMature ? readings.filter((r) => mature(r, date.publishedAt)) : readings;
  const post: Post = { ...newest.post, publishedAt: date.publishedAt };
  if (date.dateApproximate === undefined) delete post.dateApproximate;
  else post.dateApproximate = date.dateApproximate;
  const from: MergedPostInfo['from'] = {};
  const rounded = new Set<CountName>();
  for (const field of COUNTS) {
    const source = pool.find((r) => r.post[field] !== null && r.post[field] !== undefined);
    if (field === 'saves') {
      if (source) post.saves = source.post.saves;
      else delete post.saves;
    } else {
      post[field] = source ? source.post[field] : null;
    }
    if (source) {
      from[field] = source.pageKind;
      if (source.post.rounded?.includes(field)) rounded.add(field);
    }
  }
  if (rounded.size) post.rounded = COUNTS.filter((f) => rounded.has(f));
  else delete post.rounded;
  // A Short stays a Short whichever page it was opened on.
  post.url = readings.find((r) => isShort(r.post))?.post.url ?? newest.post.url ?? readings.find((r) => r.post.url)?.post.url ?? null;
  const captioned = readings.find((r) => r.post.caption);
  if (captioned) {
    post.caption = captioned.post.caption;
    post.hashtags = captioned.post.hashtags;
  }
  // Comments and the tagged place come from the post's own page: a later grid reading lacks them.
  const commented = readings.find((r) => r.post.commentTexts?.length);
  if (commented) post.commentTexts = commented.post.commentTexts;
  const placed = readings.find((r) => r.post.place);
  if (placed) post.place = placed.post.place;
  // Pinning is a place on the profile grid: the newest profile reading says whether it still is.
  post.pinned = readings.find((r) => r.pageKind === 'profile')?.post.pinned ?? newest.post.pinned;
  return { post, info: { readAt: newest.capturedAt, from }, early: !newestMature && newest.rank !== 0 };
}

/**
 * The time a post sorts by: its date, or else the date of the nearest dated post listed before it
 * on the newest profile page that listed it (grids run newest first), or else that page's capture
 * time. A post known only from its own page sorts by that page's capture time.
 */
function sortTimes(snapshots: readonly ProfileSnapshot[], dated: ReadonlyMap<string, number | null>): Map<string, number> {
  const times = new Map<string, number>();
  const listings = [...snapshots.filter((s) => s.pageKind === 'profile'), ...snapshots.filter((s) => s.pageKind !== 'profile')];
  for (const s of listings) {
    let last = Date.parse(s.capturedAt);
    s.posts.forEach((p, i) => {
      const own = dated.get(p.id) ?? null;
      if (own !== null) last = own;
      if (!times.has(p.id)) times.set(p.id, own ?? last - (i + 1));
    });
  }
  return times;
}

/**
 * Merges a snapshot with earlier snapshots of the same creator. History snapshots of another creator,
 * or taken after this one, are ignored: scores stay those of the moment the snapshot was taken.
 * With no usable history, the snapshot is returned as read.
 */
export function mergeCreator(snapshot: ProfileSnapshot, history: readonly ProfileSnapshot[] = []): MergedCreator {
  const captured = Date.parse(snapshot.capturedAt);
  const earlier = history
    .filter((h) => h !== snapshot && sameCreator(h, snapshot) && Date.parse(h.capturedAt) <= captured)
    .sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
  const all = [snapshot, ...earlier];
  const readings = new Map<string, Reading[]>();
  all.forEach((s, rank) =>
    s.posts.forEach((post, index) => {
      const list = readings.get(post.id) ?? [];
      list.push({ post, capturedAt: s.capturedAt, pageKind: s.pageKind, rank, index });
      readings.set(post.id, list);
    }),
  );

  const followersFrom = snapshot.followers === null ? (earlier.find((h) => h.followers !== null) ?? null) : null;
  const filled = fillProfile(snapshot, earlier);
  if (earlier.length === 0) {
    const posts = new Map(snapshot.posts.map((p) => [p.id, { readAt: snapshot.capturedAt, from: fromOf(p, snapshot.pageKind) }]));
    return { snapshot, posts, readTooEarly: [], followersFrom: null, visits: 1 };
  }

  const merged: Post[] = [];
  const infos = new Map<string, MergedPostInfo>();
  const readTooEarly: string[] = [];
  const dated = new Map<string, number | null>();
  for (const [id, list] of readings) {
    const { post, info, early } = mergePost(list);
    dated.set(id, timeOf(post.publishedAt));
    if (early) {
      readTooEarly.push(id);
      continue;
    }
    merged.push(post);
    infos.set(id, info);
  }
  const times = sortTimes(all, dated);
  merged.sort((a, b) => times.get(b.id)! - times.get(a.id)!);
  return {
    snapshot: { ...filled, posts: merged },
    posts: infos,
    readTooEarly,
    followersFrom: followersFrom ? { capturedAt: followersFrom.capturedAt, pageKind: followersFrom.pageKind, followers: followersFrom.followers! } : null,
    visits: all.length,
  };
}

function fromOf(post: Post, kind: PageKind): MergedPostInfo['from'] {
  const from: MergedPostInfo['from'] = {};
  for (const field of COUNTS) if (post[field] !== null && post[field] !== undefined) from[field] = kind;
  return from;
}

const PROFILE_FIELDS = ['displayName', 'bio', 'verified', 'followers', 'following', 'postCount', 'totalLikes', 'platformId'] as const;

/**
 * This page's profile fields, each one it lacks taken from the newest earlier visit that had it (a
 * watch page shows no bio; a video page may show no follower count), with its precision.
 */
function fillProfile(snapshot: ProfileSnapshot, earlier: readonly ProfileSnapshot[]): ProfileSnapshot {
  if (earlier.length === 0) return snapshot;
  const out: ProfileSnapshot = { ...snapshot, precision: { ...snapshot.precision } };
  for (const field of PROFILE_FIELDS) {
    if (out[field] !== null && out[field] !== undefined) continue;
    const source = earlier.find((h) => h[field] !== null && h[field] !== undefined);
    if (!source) continue;
    (out as Record<string, unknown>)[field] = source[field];
    if (field === 'followers' || field === 'following' || field === 'postCount' || field === 'totalLikes') {
      const precision = source.precision[field];
      if (precision) out.precision[field] = precision;
    }
  }
  if (out.links.length === 0) out.links = earlier.find((h) => h.links.length > 0)?.links ?? [];
  const contact = out.businessContact ?? earlier.find((h) => h.businessContact)?.businessContact;
  if (contact) out.businessContact = contact;
  // Whether likes are hidden is a profile setting: a post page says less about it than the profile.
  if (snapshot.pageKind === 'post') out.likesHidden = earlier.find((h) => h.pageKind === 'profile')?.likesHidden ?? snapshot.likesHidden;
  return out;
}
