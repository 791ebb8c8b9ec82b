import { parseCount, type ParsedCount } from '../../parse/count';
import { parseRelativeDate } from '../../parse/relative-date';
import { extractHashtags, type Post } from '../../snapshot';
import { clip } from '../json';
import { LIVE_WORDS } from './words';

/** A video tile of a channel page, from JSON or the rendered grid, and the post it becomes. */

export interface PostDraft {
  id: string;
  shorts: boolean;
  title: string | null;
  snippet: string | null;
  views: ParsedCount | null;
  dateText: string | null;
}

/** Classifies free metadata parts by content: a relative date, or a view count. */
export function viewsAndDate(parts: string[], lang: string, now: Date): { views: ParsedCount | null; dateText: string | null } {
  let views: ParsedCount | null = null;
  let dateText: string | null = null;
  for (const part of parts) {
    if (!dateText && parseRelativeDate(part, lang, now)) dateText = part;
    // "12K watching" counts live viewers, not views.
    else if (!views && !LIVE_WORDS.test(part)) views = parseCount(part, lang);
  }
  return { views, dateText };
}

export function postFromDraft(draft: PostDraft, lang: string, now: Date): Post {
  const date = parseRelativeDate(draft.dateText, lang, now);
  const caption = clip([draft.title, draft.snippet].filter(Boolean).join('\n'), 20000);
  return {
    id: draft.id.slice(0, 200),
    url: draft.shorts ? `https://www.youtube.com/shorts/${draft.id}` : `https://www.youtube.com/watch?v=${draft.id}`,
    publishedAt: date?.iso ?? null,
    likes: null,
    comments: null,
    views: draft.views?.value ?? null,
    shares: null,
    caption,
    hashtags: extractHashtags(caption),
    pinned: false,
    rounded: draft.views && !draft.views.exact ? ['views'] : undefined,
    dateApproximate: date ? true : undefined,
  };
}
