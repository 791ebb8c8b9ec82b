import { MAX_COMMENT_TEXTS } from '../../snapshot';
import { asArray, dig, isObject, walkJson } from '../json';
import { observedEndpoint } from '../observe';
import type { ObservedResponse } from '../types';
import { observedWatch } from './watch-json';
import { runsText } from './text';

/** Longer comments are cut: a language needs a sentence, not an essay. */
const MAX_COMMENT_CHARS = 500;

/**
 * The text of the comments YouTube loaded for this video: the watch-next continuations fetched after
 * the video's own watch-next data (`/youtubei/v1/next`), up to the next video's. Two shapes: comment
 * entities in `frameworkUpdates.entityBatchUpdate.mutations[].payload.commentEntityPayload`
 * (2024 on) and inline `commentRenderer.contentText` (before). Text only: never who wrote it.
 */
export function commentTextsAfter(at: number, observed: readonly ObservedResponse[]): string[] {
  const texts: string[] = [];
  const later = observed.filter((response) => response.at > at).sort((a, b) => a.at - b.at);
  const add = (text: string | null | undefined) => {
    const clean = text?.replace(/\s+/g, ' ').trim();
    if (clean && texts.length < MAX_COMMENT_TEXTS) texts.push(clean.slice(0, MAX_COMMENT_CHARS));
  };
  for (const response of later) {
    if (observedWatch(response).next) break;
    if (observedEndpoint('youtube', response.url) !== 'next') continue;
    for (const mutation of asArray(dig(response.body, 'frameworkUpdates', 'entityBatchUpdate', 'mutations'))) {
      const payload = dig(mutation, 'payload', 'commentEntityPayload');
      if (isObject(payload)) add(runsText(dig(payload, 'properties', 'content')));
    }
    walkJson(
      dig(response.body, 'onResponseReceivedEndpoints'),
      (node) => {
        const renderer = node.commentRenderer;
        if (isObject(renderer)) add(runsText(renderer.contentText));
      },
      50_000,
    );
  }
  return texts;
}
