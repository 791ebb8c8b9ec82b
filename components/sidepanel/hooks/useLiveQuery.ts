import { liveQuery } from 'dexie';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ClaimedQuery, LiveState, StartedQuery } from './startedQuery';

/**
 * Re-runs a Dexie query whenever the tables it read change (in this page or any other, e.g. the background).
 * The query starts as soon as the component is in the DOM (a layout effect), not after the next paint:
 * the panel's first rows are a query away. `started`: the same query for the first `deps`, already
 * running (startLiveQuery); the hook takes it over, with its latest answer as the first state.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], started?: StartedQuery<T>): LiveState<T> {
  const [claimed] = useState<ClaimedQuery<T> | undefined>(() => started?.claim());
  const pending = useRef(claimed);
  const [state, setState] = useState<LiveState<T>>(() => claimed?.latest ?? { value: undefined, error: null });
  useLayoutEffect(() => {
    const early = pending.current;
    pending.current = undefined;
    if (early) return early.follow(setState);
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
