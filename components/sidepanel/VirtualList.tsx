import { elementScroll, observeElementOffset, observeElementRect, Virtualizer, type VirtualizerOptions } from '@tanstack/virtual-core';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

/**
 * A windowed list on @tanstack/virtual-core: only the rows in view (plus a few) are in the DOM, so
 * 10,000 creators scroll as smoothly as 10. Rows have one fixed height.
 */
export function VirtualList<T>(props: {
  items: readonly T[];
  rowHeight: number;
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ComponentChildren;
  /** Set to scroll a row into view (keyboard navigation). */
  scrollToIndex?: number | null;
  label: string;
  onKeyDown?: (event: KeyboardEvent) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = (): VirtualizerOptions<HTMLDivElement, HTMLDivElement> => ({
    count: props.items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => props.rowHeight,
    getItemKey: (index) => props.getKey(props.items[index]!),
    overscan: 8,
    // A first window before the element is measured (and where ResizeObserver is missing).
    initialRect: { width: 360, height: 640 },
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    onChange: () => rerender(undefined),
  });
  const [virtualizer] = useState(() => new Virtualizer(options()));
  virtualizer.setOptions(options());
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  useEffect(() => {
    if (props.scrollToIndex !== null && props.scrollToIndex !== undefined && props.scrollToIndex < props.items.length) {
      virtualizer.scrollToIndex(props.scrollToIndex, { align: 'auto' });
    }
  }, [props.scrollToIndex]);

  return (
    <div ref={scrollRef} class="vl-scroll" role="list" aria-label={props.label} onKeyDown={props.onKeyDown}>
      <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative', width: '100%' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            role="listitem"
            class="vl-row"
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: `${item.size}px`, transform: `translateY(${item.start}px)` }}
          >
            {props.renderRow(props.items[item.index]!, item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
