import { describe, expect, it } from 'vitest';
import type { CardView } from '../../../../lib/card-messages';
import type { ReadyTabState } from '../../../../lib/messages';
import { NO_SOURCES, mergeCardView, withContentView, withScored, type CardSources } from '../../../../components/overlay/card-view';

const LAYOUT = { floating: false, collapsed: false, pageHid: null };
const loading = (seq: number, scoredFrom: number): CardView => ({ seq, state: { status: 'loading', platform: 'instagram' }, layout: LAYOUT, scoredFrom });
/** A scored state, told apart by its creator key (the report's content does not matter to the merge). */
const ready = (creatorKey: string): ReadyTabState => ({
  status: 'ready',
  creatorKey,
  shortlisted: false,
  report: { snapshot: {}, scores: {} } as ReadyTabState['report'],
});
const shownKey = (sources: CardSources) => {
  const state = mergeCardView(sources)?.state;
  return state?.status === 'ready' ? state.creatorKey : (state?.status ?? null);
};

describe('the card frame’s two senders', () => {
  it('draws nothing before the content script’s first view, even with a scored state (the layout comes from the content script)', () => {
    expect(mergeCardView(withScored(NO_SOURCES, { cardRequest: 1, state: ready('instagram:a') }))).toBeNull();
  });

  it('shows the worker’s scored state in place of "loading" as soon as it comes, with the content script’s layout', () => {
    const floating = { ...loading(4, 1), layout: { floating: true, collapsed: true, pageHid: 'covered' as const } };
    const sources = withScored(withContentView(NO_SOURCES, floating), { cardRequest: 1, state: ready('instagram:a') });
    expect(mergeCardView(sources)).toEqual({ ...floating, state: ready('instagram:a') });
  });

  it('never shows a scored state of a request sent before the state the content script has moved to', () => {
    // Request 1 was for creator A; the person went on to creator B ("loading", requests from 2 on).
    let sources = withContentView(NO_SOURCES, loading(7, 2));
    sources = withScored(sources, { cardRequest: 1, state: ready('instagram:a') });
    expect(shownKey(sources)).toBe('loading');
    // A's answer came first, B's "loading" after it: from then on A is gone.
    sources = withScored(withContentView(NO_SOURCES, loading(6, 1)), { cardRequest: 1, state: ready('instagram:a') });
    expect(shownKey(sources)).toBe('instagram:a');
    expect(shownKey(withContentView(sources, loading(7, 2)))).toBe('loading');
  });

  it('keeps each sender’s own order: an older view or an earlier request never replaces a newer one', () => {
    let sources = withContentView(NO_SOURCES, loading(5, 1));
    sources = withContentView(sources, loading(4, 3));
    expect(sources.content?.seq).toBe(5);
    sources = withScored(sources, { cardRequest: 2, state: ready('instagram:b') });
    sources = withScored(sources, { cardRequest: 1, state: ready('instagram:a') });
    expect(shownKey(sources)).toBe('instagram:b');
  });

  it('shows the content script’s own state once it has taken the answer (a shortlist click after it wins over the scored state)', () => {
    const clicked: CardView = { seq: 9, state: { ...ready('instagram:a'), shortlisted: true }, layout: LAYOUT, scoredFrom: 3 };
    const sources = withContentView(withScored(withContentView(NO_SOURCES, loading(8, 1)), { cardRequest: 2, state: ready('instagram:a') }), clicked);
    expect(mergeCardView(sources)).toEqual(clicked);
  });
});
