import { businessContactOf, commentTextsOf, placeOf } from './dossier-fields';
import { extractHashtags, type Post, type ProfileSnapshot } from '../../snapshot';
import { isoFromUnixSeconds, type CountReadings } from '../common';
import { isObject, jsonCount, jsonString, parseScriptOnce, walkJson, type JsonObject } from '../json';
import { IG } from './selectors';
import { SHORTCODE } from './route';

/**
 * Instagram's JSON, every generation the web client has used:
 * - `window._sharedData.entry_data.ProfilePage[0].graphql.user` until 2022 (`edge_followed_by` …);
 * - web_profile_info (2022–24) and GraphQL `data.user` (`follower_count` …) since 2024-05;
 * - the timeline and clips connections for recent posts, and on post pages
 *   `xdt_api__v1__media__shortcode__web_info.items[]` in the `data-sjs` bootstrap scripts.
 * A logged-in page's bootstrap JSON also describes the viewer: only the page's creator is read.
 */

export interface JsonUser {
  username: string;
  counts: CountReadings;
  displayName: string | null;
  bio: string | null;
  verified: boolean | null;
  likesHidden: boolean;
  isPrivate: boolean | null;
  platformId: string | null;
  links: string[];
  businessContact?: ProfileSnapshot['businessContact'];
}

export interface JsonMedia {
  post: Post;
  /** The owner's username, where the media names it. */
  owner: string | null;
  /** The owner's user id (`pk`), where the media names the owner by id only (the clips connection). */
  ownerId: string | null;
  ownerName: string | null;
  /** The owner's badge as the media's own owner object gives it (`is_verified`), or null. */
  ownerVerified: boolean | null;
  /** The owner hid this post's like and view counts (`like_and_view_counts_disabled`). */
  likesHidden: boolean;
}

const exact = (value: number | undefined) => (value === undefined ? undefined : { value, precision: 'exact' as const });

/** A user object, if it is `handle` and carries numbers or a bio. */
function readUserObject(node: JsonObject, handle: string): JsonUser | null {
  if (typeof node.username !== 'string' || node.username.toLowerCase() !== handle.toLowerCase()) return null;
  const followers = jsonCount(isObject(node.edge_followed_by) ? node.edge_followed_by.count : node.follower_count);
  const following = jsonCount(isObject(node.edge_follow) ? node.edge_follow.count : node.following_count);
  const posts = jsonCount(isObject(node.edge_owner_to_timeline_media) ? node.edge_owner_to_timeline_media.count : node.media_count);
  if (followers === undefined && following === undefined && posts === undefined && typeof node.biography !== 'string') return null;
  const counts: CountReadings = {};
  if (followers !== undefined) counts.followers = exact(followers);
  if (following !== undefined) counts.following = exact(following);
  if (posts !== undefined) counts.postCount = exact(posts);
  const links: string[] = [];
  if (Array.isArray(node.bio_links)) for (const link of node.bio_links) if (isObject(link) && typeof link.url === 'string') links.push(link.url.slice(0, 2000));
  if (typeof node.external_url === 'string') links.push(node.external_url.slice(0, 2000));
  const id = typeof node.id === 'string' ? node.id : typeof node.pk === 'string' ? node.pk : null;
  return {
    username: node.username.slice(0, 100),
    counts,
    displayName: jsonString(node.full_name, 500),
    bio: jsonString(node.biography, 10000),
    verified: typeof node.is_verified === 'boolean' ? node.is_verified : null,
    likesHidden: node.hide_like_and_view_counts === true,
    // A private account the viewer follows shows its posts: only "private and not followed" hides them.
    isPrivate: typeof node.is_private === 'boolean' ? node.is_private && node.followed_by_viewer !== true : null,
    platformId: id ? id.slice(0, 200) : null,
    links,
    businessContact: businessContactOf(node),
  };
}

function captionOf(node: JsonObject): string | null {
  if (isObject(node.caption)) return jsonString(node.caption.text);
  if (isObject(node.edge_media_to_caption) && Array.isArray(node.edge_media_to_caption.edges)) {
    const first: unknown = node.edge_media_to_caption.edges[0];
    if (isObject(first) && isObject(first.node)) return jsonString(first.node.text);
  }
  return null;
}

/** Instagram's own branded-content flag: `is_paid_partnership`, or sponsor tags on older shapes. */
function sponsoredOf(node: JsonObject): boolean | null {
  if (typeof node.is_paid_partnership === 'boolean') return node.is_paid_partnership;
  if (Array.isArray(node.sponsor_tags) && node.sponsor_tags.length > 0) return true;
  if (isObject(node.edge_media_to_sponsor_user) && Array.isArray(node.edge_media_to_sponsor_user.edges))
    return node.edge_media_to_sponsor_user.edges.length > 0;
  return null;
}

/** A post (media) object from the timeline, clips, post-page or old GraphQL shapes. */
function readMediaObject(node: JsonObject): JsonMedia | null {
  const code = typeof node.code === 'string' ? node.code : typeof node.shortcode === 'string' ? node.shortcode : null;
  if (!code || !SHORTCODE.test(code)) return null;
  const hasCounts = 'like_count' in node || 'comment_count' in node || 'edge_media_preview_like' in node || 'edge_liked_by' in node || 'play_count' in node;
  if (!hasCounts && !('taken_at' in node) && !('taken_at_timestamp' in node)) return null;
  const owner = isObject(node.user) ? node.user : isObject(node.owner) ? node.owner : null;
  const hidden = node.like_and_view_counts_disabled === true;
  const likeEdge = isObject(node.edge_media_preview_like) ? node.edge_media_preview_like : isObject(node.edge_liked_by) ? node.edge_liked_by : null;
  const commentEdge = isObject(node.edge_media_to_comment)
    ? node.edge_media_to_comment
    : isObject(node.edge_media_preview_comment)
      ? node.edge_media_preview_comment
      : null;
  const caption = captionOf(node);
  const pinned = (Array.isArray(node.timeline_pinned_user_ids) && node.timeline_pinned_user_ids.length > 0) || node.is_pinned === true;
  const reel = node.product_type === 'clips' || node.media_type === 2;
  const post: Post = {
    id: code,
    url: `https://www.instagram.com/${reel ? 'reel' : 'p'}/${code}/`,
    publishedAt: isoFromUnixSeconds(node.taken_at ?? node.taken_at_timestamp),
    likes: hidden ? null : (jsonCount(node.like_count ?? likeEdge?.count) ?? null),
    comments: jsonCount(node.comment_count ?? commentEdge?.count) ?? null,
    views: hidden ? null : (jsonCount(node.play_count ?? node.view_count ?? node.video_view_count) ?? null),
    shares: null,
    caption,
    hashtags: extractHashtags(caption),
    pinned,
  };
  const sponsored = sponsoredOf(node);
  if (sponsored !== null) post.sponsored = sponsored;
  const place = placeOf(node);
  if (place) post.place = place;
  const commentTexts = commentTextsOf(node);
  if (commentTexts.length) post.commentTexts = commentTexts;
  return {
    post,
    owner: owner && typeof owner.username === 'string' ? owner.username.slice(0, 100) : null,
    ownerId: owner ? (jsonString(owner.pk, 200) ?? jsonString(owner.id, 200)) : null,
    ownerName: owner ? jsonString(owner.full_name, 500) : null,
    ownerVerified: owner && typeof owner.is_verified === 'boolean' ? owner.is_verified : null,
    likesHidden: hidden,
  };
}

/** The users with this handle and the media objects in a JSON value. */
export function collectJson(root: unknown, handle: string | null): { users: JsonUser[]; media: JsonMedia[] } {
  const users: JsonUser[] = [];
  const media: JsonMedia[] = [];
  walkJson(root, (node) => {
    if (handle) {
      const user = readUserObject(node, handle);
      if (user) users.push(user);
    }
    if ('code' in node || 'shortcode' in node) {
      const item = readMediaObject(node);
      if (item) media.push(item);
    }
    // Old web_profile_info and _sharedData carry the first posts inline, without an owner on each.
    if (handle && typeof node.username === 'string' && node.username.toLowerCase() === handle.toLowerCase()) {
      const edges = isObject(node.edge_owner_to_timeline_media) ? node.edge_owner_to_timeline_media.edges : undefined;
      if (Array.isArray(edges))
        for (const edge of edges)
          if (isObject(edge) && isObject(edge.node)) {
            const item = readMediaObject(edge.node);
            if (item) media.push({ ...item, owner: item.owner ?? node.username });
          }
    }
  });
  return { users, media };
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** JSON in the first HTML: `window._sharedData = {…};` (until 2022) and the `data-sjs` bootstrap scripts. */
export function embeddedJson(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll(IG.inlineScript.css))) {
    const value = parseScriptOnce(script, 'instagram', (text) => {
      if (script.getAttribute('type') === 'application/json') {
        // Skip the megabytes of bootstrap JSON that mention no profile or post numbers.
        return /follower_count|edge_followed_by|like_count|edge_media_preview_like|is_private|like_and_view_counts_disabled/.test(text)
          ? parseJsonOrUndefined(text)
          : undefined;
      }
      const match = text.match(IG.sharedDataScript.re);
      return match ? parseJsonOrUndefined(match[1]!) : undefined;
    });
    if (value !== undefined) out.push(value);
  }
  return out;
}
