import type { CardView } from '../../lib/card-messages';
import type { ReadyTabState } from '../../lib/messages';

/**
 * The card frame hears its tab from two senders, each in its own order:
 * - the content script's views, numbered by `seq` (the layout, and every state: loading, unreadable, ready…);
 * - the worker's scored states, numbered by the content script's request (`cardRequest`), which reach the
 *   frame one hop before the content script relays the same answer.
 * The two orders are never compared with each other. A scored state stands in for the content script's
 * state only while the latest view allows its request (`scoredFrom`): once the content script has moved on
 * (another creator, a shortlist click, its own copy of that answer), the view says so and the scored state
 * no longer shows. The layout always comes from the content script.
 */
export interface CardSources {
  /** The content script's latest view (null until the first arrives). */
  content: CardView | null;
  /** The worker's latest scored state for this tab (the highest request number heard). */
  scored: { cardRequest: number; state: ReadyTabState } | null;
}

export const NO_SOURCES: CardSources = { content: null, scored: null };

/** A view from the content script: kept only if it is newer than the one held. */
export function withContentView(sources: CardSources, view: CardView): CardSources {
  if (sources.content && sources.content.seq >= view.seq) return sources;
  return { ...sources, content: view };
}

/** A scored state from the worker: kept only if its request is later than the one held. */
export function withScored(sources: CardSources, scored: { cardRequest: number; state: ReadyTabState }): CardSources {
  if (sources.scored && sources.scored.cardRequest >= scored.cardRequest) return sources;
  return { ...sources, scored };
}

/** What the card draws: the content script's view, its state replaced by a scored state the view still allows. */
export function mergeCardView({ content, scored }: CardSources): CardView | null {
  if (!content) return null;
  if (!scored || scored.cardRequest < content.scoredFrom) return content;
  return { ...content, state: scored.state };
}
