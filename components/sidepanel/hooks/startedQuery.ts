import { liveQuery } from 'dexie';

/** A live query's latest answer: its value, or the error of its latest run (the value before it kept). */
export interface LiveState<T> {
  value: T | undefined;
  error: unknown;
}

/**
 * A live query started before the component that shows it exists: the side panel starts its first
 * reads while its interface still loads (entrypoints/sidepanel/main.tsx). The first component to
 * claim it takes it over, answers so far included, and stops it when done; it is claimed once.
 */
export interface StartedQuery<T> {
  /** The query, the first time it is asked for; undefined after. */
  claim(): ClaimedQuery<T> | undefined;
}

export interface ClaimedQuery<T> {
  /** The latest answer so far, if any. */
  readonly latest: LiveState<T> | undefined;
  /** Passes the latest answer (if any) and every later one to `onState`; the returned function stops the query. */
  follow(onState: (state: LiveState<T>) => void): () => void;
}

/** Runs `query` now and again whenever the tables it read change (Dexie's liveQuery), keeping its latest answer. */
export function startLiveQuery<T>(query: () => Promise<T>): StartedQuery<T> {
  let latest: LiveState<T> | undefined;
  let listener: ((state: LiveState<T>) => void) | null = null;
  let claimed = false;
  const subscription = liveQuery(query).subscribe({
    next: (value) => {
      latest = { value, error: null };
      listener?.(latest);
    },
    error: (error: unknown) => {
      latest = { value: latest?.value, error };
      listener?.(latest);
    },
  });
  const claimedQuery: ClaimedQuery<T> = {
    get latest() {
      return latest;
    },
    follow(onState) {
      listener = onState;
      if (latest) onState(latest);
      return () => {
        listener = null;
        subscription.unsubscribe();
      };
    },
  };
  return {
    claim() {
      if (claimed) return undefined;
      claimed = true;
      return claimedQuery;
    },
  };
}
