import { useEffect, useRef } from 'preact/hooks';

interface Autosave<T> {
  /** Saves `value` once the marketer has paused for the delay; a newer value replaces it. */
  schedule: (value: T) => void;
  /** Saves what is waiting now, and gives back what the store kept (undefined when nothing was waiting). Throws what the save threw. */
  flush: () => Promise<T | undefined>;
  /** Drops what is waiting (the record was deleted). */
  cancel: () => void;
}

/**
 * Saving as the marketer types: each change is saved a moment after the last one, what is still
 * waiting is saved when the component goes away (closing the panel mid-sentence loses nothing), and
 * `flush` saves it at once, for a step that must read the stored record (an export).
 */
export function useAutosave<T>(
  save: (value: T) => Promise<T | void>,
  options: { delayMs: number; onSaved?: () => void; onError?: (error: unknown) => void },
): Autosave<T> {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const waiting = useRef<{ value: T } | null>(null);
  // The newest callbacks, for a timer set during an earlier render.
  const latest = useRef({ save, options });
  latest.current = { save, options };

  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  const write = async (entry: { value: T }): Promise<T> => {
    const stored = await latest.current.save(entry.value);
    // A newer change made while this one was saving is still waiting.
    if (waiting.current === entry) waiting.current = null;
    return stored ?? entry.value;
  };

  useEffect(
    () => () => {
      stop();
      if (waiting.current) void latest.current.save(waiting.current.value).catch(() => undefined);
    },
    [],
  );

  const autosave = useRef<Autosave<T>>({
    schedule(value) {
      const entry = { value };
      waiting.current = entry;
      stop();
      timer.current = setTimeout(() => {
        timer.current = null;
        write(entry).then(
          () => latest.current.options.onSaved?.(),
          (error: unknown) => latest.current.options.onError?.(error),
        );
      }, latest.current.options.delayMs);
    },
    async flush() {
      stop();
      return waiting.current ? write(waiting.current) : undefined;
    },
    cancel() {
      stop();
      waiting.current = null;
    },
  });
  return autosave.current;
}
