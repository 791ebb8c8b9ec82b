import type { Post } from '../snapshot';
import { roundingWindow } from './rounding';

/**
 * A video is watched before it is liked: more likes than views means the "views" were something
 * else (a reply link's "View all 1 replies", a live stream's "18 watching", another video's
 * counter). Such views are set aside, and the post says why, rather than giving an engagement per
 * view of 51,000%. Rounded counts are compared by the numbers they can stand for ("1.2K" is
 * 1,150 to 1,299), so a fair "1K views, 1,020 likes" is kept.
 */
export function withCredibleViews(post: Post): Post {
  if (post.views === null || post.likes === null) return post;
  const rounded = new Set(post.rounded ?? []);
  const mostViews = rounded.has('views') ? roundingWindow(post.views)[1] : post.views;
  const fewestLikes = rounded.has('likes') ? roundingWindow(post.likes)[0] : post.likes;
  if (fewestLikes <= mostViews) return post;
  const left = post.rounded?.filter((field) => field !== 'views');
  return { ...post, views: null, rounded: left && left.length > 0 ? left : undefined, viewsSetAside: 'below-likes' };
}
