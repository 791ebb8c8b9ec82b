import type { CardActionAnswer, PageHid } from '../../lib/card-messages';

/** Why a press did nothing: the page hid or covered the card, or the keyboard focus came from the page. */
export type Refusal = Exclude<PageHid, null> | 'focus';

/** What the content script answers to "may the person act here": it checks the page's side of the card. */
export type AskTab = (at: { x: number; y: number }) => Promise<CardActionAnswer>;

/** The IntersectionObserver v2 fields (Chromium); elsewhere the content script's check stands alone. */
interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

/**
 * What the guard has settled, written on the card frame's root element (the extension's own page:
 * the site's page cannot read it), so tests and the bench wait on it instead of on the clock:
 * - `data-guard-sight`: the browser's latest visibility reading of the card: "visible", "hidden",
 *   or "untracked" where the browser has no IntersectionObserver v2; absent until the first reading;
 * - `data-guard-decided`: how many presses the guard has finished deciding (acted on, refused, or
 *   ignored as not the person's own).
 */
export const GUARD_SIGHT_ATTRIBUTE = 'data-guard-sight';
export const GUARD_DECIDED_ATTRIBUTE = 'data-guard-decided';

function visibleIn(entry: VisibilityEntry | undefined): boolean {
  return entry ? (entry.isVisible ?? entry.isIntersecting) : false;
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
  private decided = 0;

  constructor(
    private readonly win: Window,
    private readonly askTab: AskTab,
  ) {
    win.addEventListener('pointerdown', (event) => this.arm(event), true);
    win.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Tab') this.arm(event);
      },
      true,
    );
    win.addEventListener('blur', () => {
      this.armed = false;
    });
    this.watchSight();
  }

  private observerClass(): typeof IntersectionObserver | undefined {
    return (this.win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  }

  /**
   * Keeps one visibility reading of the whole card going for the frame's life. Besides the mark it
   * writes, it keeps the browser tracking the frame's occlusion in the page from the start, so the
   * fresh reading a press takes does not begin from nothing (the first press after the card loaded
   * could be judged before the page's side of the frame had reported).
   */
  private watchSight(): void {
    const root = this.win.document.documentElement;
    const Observer = this.observerClass();
    if (!Observer) {
      root.setAttribute(GUARD_SIGHT_ATTRIBUTE, 'untracked');
      return;
    }
    const observer = new Observer(
      (entries: VisibilityEntry[]) => root.setAttribute(GUARD_SIGHT_ATTRIBUTE, visibleIn(entries[entries.length - 1]) ? 'visible' : 'hidden'),
      { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(root);
  }

  private arm(event: Event): void {
    if (event.isTrusted) this.armed = true;
  }

  /**
   * Whether the browser sees the button unoccluded, unfaded and untransformed right now: a fresh
   * IntersectionObserver v2 reading, taken at the press (its first report comes with the next frame).
   * Where the browser does not track visibility (Firefox), only the content script's check stands.
   */
  private visibleNow(button: Element): Promise<boolean> {
    const Observer = this.observerClass();
    if (!Observer) return Promise.resolve(true);
    return new Promise((resolve) => {
      const observer = new Observer(
        (entries) => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(visibleIn(entries[entries.length - 1]));
        },
        { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      );
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(false);
      }, 1000);
      observer.observe(button);
    });
  }

  /** Runs `action` if the person pressed `button` and can see it; otherwise says why not. */
  async press(event: MouseEvent, action: () => void, refuse: (why: Refusal) => void): Promise<void> {
    try {
      // A script's click() or dispatched event is not the person's: ignored, and counted as decided.
      if (event.isTrusted) await this.decide(event, action, refuse);
    } finally {
      this.decided += 1;
      this.win.document.documentElement.setAttribute(GUARD_DECIDED_ATTRIBUTE, String(this.decided));
    }
  }

  private async decide(event: MouseEvent, action: () => void, refuse: (why: Refusal) => void): Promise<void> {
    const button = event.currentTarget as HTMLElement;
    const byKeyboard = event.detail === 0;
    if (byKeyboard && !this.armed) return refuse('focus');
    const box = button.getBoundingClientRect();
    const at = byKeyboard ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: event.clientX, y: event.clientY };
    if (!(await this.visibleNow(button))) return refuse('covered');
    const answer = await this.askTab(at).catch(() => ({ ok: false, pageHid: 'removed' }) as const);
    if (!answer.ok) return refuse(answer.pageHid);
    action();
  }
}
