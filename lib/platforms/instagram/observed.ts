import { dig, isObject } from '../json';
import { observedEndpoint } from '../observe';
import type { ObservedResponse } from '../types';

/**
 * The JSON the page fetched itself, read only from Instagram's own endpoints and only where each
 * puts its data: GraphQL answers under `data`, web_profile_info under `data.user`, a user's feed and
 * reels under `items` (with the feed's `user`). Anything else on the observer channel is not
 * Instagram's answer. Newest first: after an in-page navigation the newest one is the truth.
 */
export function observedRoots(observed: readonly ObservedResponse[]): { root: unknown; at: number }[] {
  const roots: { root: unknown; at: number }[] = [];
  for (const response of [...observed].sort((a, b) => b.at - a.at)) {
    const body = response.body;
    const endpoint = observedEndpoint('instagram', response.url);
    const root =
      endpoint === 'graphql' || endpoint === 'apiGraphql' || endpoint === 'webProfileInfo'
        ? dig(body, 'data')
        : endpoint === 'feedUser'
          ? { items: dig(body, 'items'), user: dig(body, 'user') }
          : endpoint === 'clipsUser'
            ? { items: dig(body, 'items') }
            : undefined;
    if (isObject(root)) roots.push({ root, at: response.at });
  }
  return roots;
}
