import { useEffect, useRef, useState } from 'preact/hooks';

const ROW_FOCUS = (index: number) => `[data-row-index="${index}"] .row-main`;

/**
 * Keyboard use of a windowed list: arrow keys, Home and End move focus between rows, and x selects
 * the focused one. The row may only exist once the list has scrolled to it, so focus then follows a
 * frame later. Focus moves only after a key in the list, never away from the search box.
 */
export function useRowKeys(count: number, onSelect: (index: number) => void) {
  const [focused, setFocused] = useState<number | null>(null);
  const focusPending = useRef(false);
  useEffect(() => {
    if (focused === null || !focusPending.current) return;
    const el = document.querySelector<HTMLElement>(ROW_FOCUS(focused));
    if (el) {
      focusPending.current = false;
      el.focus();
    } else {
      const frame = requestAnimationFrame(() => {
        focusPending.current = false;
        document.querySelector<HTMLElement>(ROW_FOCUS(focused))?.focus();
      });
      return () => cancelAnimationFrame(frame);
    }
    return undefined;
  }, [focused]);

  function onKeyDown(event: KeyboardEvent) {
    if (!count) return;
    const current = focused ?? -1;
    if (event.key === 'ArrowDown') setFocused(Math.min(count - 1, current + 1));
    else if (event.key === 'ArrowUp') setFocused(Math.max(0, current - 1));
    else if (event.key === 'Home') setFocused(0);
    else if (event.key === 'End') setFocused(count - 1);
    else if (event.key === 'x' && focused !== null) return (event.preventDefault(), onSelect(focused));
    else return;
    focusPending.current = true;
    event.preventDefault();
  }

  return { focused, setFocused, onKeyDown };
}
