import type { PageHid } from '../../lib/card-messages';

/** Why a press did nothing: the page hid or covered the card, or the keyboard focus came from the page. */
export type Refusal = Exclude<PageHid, null> | 'focus';

/** What the content script answers to "may the person act here": it checks the page's side of the card. */
export type AskTab = (at: { x: number; y: number }) => Promise<{ ok: true } | { ok: false; pageHid: Exclude<PageHid, null> }>;

/** The IntersectionObserver v2 fields (Chromium); elsewhere the content script's check stands alone. */
interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

/**
 * Lets only the person drive the card, checked at each press:
 * - the event is the browser's own (`isTrusted`), never a script's `click()` or dispatched event;
 * - the button is visible to the person: the browser's IntersectionObserver v2 (`trackVisibility`)
 *   says nothing covers, fades, filters or transforms it, the frame's ancestors in the page included;
 * - the content script finds the card on screen, opaque and on top at the press's point (or the
 *   focused button's middle for a key press) in the page's own layout (lib/content/card-visibility.ts);
 * - a key press (a click with `detail` 0) acts only once the person has moved focus inside the card
 *   themselves: a pointer press in the card, or Tab / Shift+Tab pressed in it, since the frame last
 *   had focus. A page can move focus to the frame (`frames[i].focus()`) while the person types in its
 *   own field, landing on the last button they used; their next Enter or Space then does nothing.
 */
export class PersonGuard {
  private armed = false;
  private readonly visible = new WeakMap<Element, boolean>();
  private readonly observer: IntersectionObserver | null;
  /** Whether this browser reports occlusion at all (Chromium); Firefox does not. */
  private tracksVisibility = false;

  constructor(
    win: Window,
    private readonly askTab: AskTab,
    private readonly onChange: () => void = () => undefined,
  ) {
    win.addEventListener('pointerdown', (event) => this.arm(event), true);
    win.addEventListener('keydown', (event) => {
      if (event.key === 'Tab') this.arm(event);
    }, true);
    win.addEventListener('blur', () => {
      this.armed = false;
    });
    const Observer = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    this.observer = Observer
      ? new Observer((entries) => this.record(entries as VisibilityEntry[]), { trackVisibility: true, delay: 100 } as IntersectionObserverInit)
      : null;
  }

  private arm(event: Event): void {
    if (event.isTrusted) this.armed = true;
  }

  private record(entries: VisibilityEntry[]): void {
    for (const entry of entries) {
      if (entry.isVisible !== undefined) this.tracksVisibility = true;
      this.visible.set(entry.target, entry.isVisible ?? entry.isIntersecting);
      entry.target.setAttribute('data-visible', String(entry.isVisible ?? entry.isIntersecting));
    }
    this.onChange();
  }

  private readonly watched = new WeakSet<Element>();

  /** Starts watching a button's visibility (once per element). */
  watch(element: Element): void {
    if (this.watched.has(element)) return;
    this.watched.add(element);
    this.observer?.observe(element);
  }

  /** Whether the browser last saw the button fully visible (true where it cannot tell). */
  private seen(element: Element): boolean {
    if (!this.observer) return true;
    return this.visible.get(element) === true || (!this.tracksVisibility && this.visible.get(element) !== false);
  }

  /**
   * Runs `action` if the person pressed `button` and can see it; otherwise says why not.
   * `askTab` also performs the tab's part of the action when it agrees.
   */
  async press(event: MouseEvent, action: () => void, refuse: (why: Refusal) => void): Promise<void> {
    if (!event.isTrusted) return;
    const button = event.currentTarget as HTMLElement;
    const byKeyboard = event.detail === 0;
    if (byKeyboard && !this.armed) return refuse('focus');
    if (!this.seen(button)) return refuse('covered');
    const box = button.getBoundingClientRect();
    const at = byKeyboard ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: event.clientX, y: event.clientY };
    const answer = await this.askTab(at).catch(() => ({ ok: false, pageHid: 'removed' }) as const);
    if (!answer.ok) return refuse(answer.pageHid);
    action();
  }
}
