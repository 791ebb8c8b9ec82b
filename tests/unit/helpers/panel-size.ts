import { afterEach, beforeEach } from 'vitest';

/**
 * happy-dom has no layout: gives every element the size of a side panel in the file's tests (and puts
 * the real properties back after each), so a virtualised list has a window to fill.
 */
export function withSidePanelSize(): void {
  const sizes = { clientHeight: 600, clientWidth: 360 };
  const originals = Object.fromEntries(Object.keys(sizes).map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)]));
  beforeEach(() => {
    for (const [k, v] of Object.entries(sizes)) Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => v });
  });
  afterEach(() => {
    for (const [k, d] of Object.entries(originals))
      if (d) Object.defineProperty(HTMLElement.prototype, k, d);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[k];
  });
}
