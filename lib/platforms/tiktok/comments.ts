import { MAX_COMMENT_TEXTS } from '../../snapshot';
import { asArray, asString, dig } from '../json';
import { observedEndpoint } from '../observe';
import type { ObservedResponse } from '../types';

const MAX_COMMENT_CHARS = 500;

/**
 * The text of the comments TikTok loaded for one video: its own `/api/comment/list/` responses,
 * `comments[]` whose `aweme_id` is this video. Text only: never who wrote it.
 */
export function tiktokCommentTexts(observed: readonly ObservedResponse[] | undefined, videoId: string): string[] {
  const texts: string[] = [];
  for (const response of [...(observed ?? [])].sort((a, b) => a.at - b.at)) {
    if (observedEndpoint('tiktok', response.url) !== 'commentList') continue;
    for (const comment of asArray(dig(response.body, 'comments'))) {
      if (asString(dig(comment, 'aweme_id')) !== videoId) continue;
      const text = asString(dig(comment, 'text'))?.replace(/\s+/g, ' ').trim();
      if (text && texts.length < MAX_COMMENT_TEXTS) texts.push(text.slice(0, MAX_COMMENT_CHARS));
    }
  }
  return texts;
}
