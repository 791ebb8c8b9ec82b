import { browser } from 'wxt/browser';
import { COLLAPSED_KEY, type CardAction, type CardActionAnswer, type CardLayout, type CardView, type FramePoint, type PageHid } from '../card-messages';
import type { VisibleTabState } from '../messages';
import type { PlatformExtractor } from '../platforms/types';
import { announceToExtension } from '../protocol/send';
import type { ContentContext } from './context';
import { CARD_PAGE_PATH } from '../built-files';
import { pageHidesCard, personSeesCardAt, type CardElements } from './card-visibility';

/** The tag of the card's host element, the only part of the card in the page's document. */
export const CARD_HOST_TAG = 'vetlens-overlay';

/**
 * The frame's size. It follows only what the page already knows (whether there is a scored creator,
 * whether the card floats or is folded), never what the card shows: with or without a brief, a
 * shortlisted creator or a long list of reasons, the page measures the same box. The card scrolls inside.
 */
const SIZE = {
  inlineWidth: 420,
  floatingWidth: 340,
  ready: 480,
  message: 150,
  folded: 44,
} as const;

/**
 * The host's styles, in its closed shadow root. `!important` in a shadow root's `:host` rule wins
 * over anything the page's styles (even `!important` ones and the style attribute) say about the host.
 */
const HOST_CSS = `:host{all:initial!important;display:block!important;visibility:visible!important;opacity:1!important;filter:none!important;
transform:none!important;clip-path:none!important;mask:none!important;pointer-events:auto!important;content-visibility:visible!important;
mix-blend-mode:normal!important;margin:12px 0!important;max-width:100%!important;width:var(--vl-width)!important;height:var(--vl-height)!important}
iframe{display:block!important;border:0!important;width:100%!important;height:100%!important;color-scheme:normal;background:transparent}`;
const FLOATING_CSS = `:host{position:fixed!important;top:72px!important;right:16px!important;margin:0!important;z-index:2147483647!important;
max-width:calc(100vw - 32px)!important}`;

/** How often the page may hide the card and get it back before Vetlens stops moving it and only says so. */
const RESTORES_PER_MINUTE = 5;
/** How often the card checks that the page lets the person see it. */
export const CARD_CHECK_MS = 1000;

/**
 * Inserts or moves the host. A frame taken out of the document loads again when put back, so a
 * connected host is moved with `moveBefore` (Chrome 133+), which keeps the card's frame as it is.
 */
function put(host: HTMLElement, parent: ParentNode | null, before: Node | null): void {
  if (!parent) return;
  const movable = parent as ParentNode & { moveBefore?: (node: Node, child: Node | null) => void };
  if (host.isConnected && typeof movable.moveBefore === 'function') {
    try {
      movable.moveBefore(host, before);
      return;
    } catch {
      // Not movable there (another document, or a parent that is not connected): insert instead.
    }
  }
  parent.insertBefore(host, before);
}

interface CardHostOptions {
  extractor: PlatformExtractor;
  onToggleShortlist(): void;
}

function frameSize(state: VisibleTabState, layout: CardLayout, win: Window): { width: number; height: number } {
  if (layout.floating) {
    const width = Math.min(SIZE.floatingWidth, win.innerWidth - 32);
    if (layout.collapsed) return { width, height: SIZE.folded };
    return { width, height: Math.max(SIZE.message, Math.min(state.status === 'ready' ? SIZE.ready : SIZE.message, win.innerHeight - 96)) };
  }
  return { width: SIZE.inlineWidth, height: state.status === 'ready' ? SIZE.ready : SIZE.message };
}

async function loadCollapsed(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY] === true;
  } catch {
    return false;
  }
}

/**
 * The card on the page: a host element with a closed shadow root holding a frame of the extension's
 * own card page (entrypoints/card/), beside the site's profile header or floating. The page sees a
 * box of a fixed size and nothing of what is in it; the frame gets the card's state from this
 * script by extension messaging, never through the page's DOM. It also watches that the page lets
 * the person see the card: a card taken out is put back (floating, once the page keeps taking it
 * out), and the toolbar's badge says so while the page hides or covers it.
 */
export function createCardHost(ctx: ContentContext, options: CardHostOptions) {
  const { extractor } = options;
  let elements: (CardElements & { floatingStyle: HTMLStyleElement }) | null = null;
  let anchor: Element | null = null;
  /** Set once the page took the card out again and again where the site put it: from then on it floats. */
  let forcedFloating = false;
  let current: VisibleTabState | null = null;
  let scoredFrom = 1;
  let collapsed = false;
  let pageHid: PageHid = null;
  let seq = 0;
  let restores: number[] = [];
  let checkTimer: Parameters<typeof clearInterval>[0];

  const layout = (): CardLayout => ({ floating: anchor === null, collapsed: anchor === null && collapsed, pageHid });
  const view = (): CardView => ({ seq, state: current, layout: layout(), scoredFrom });

  const announce = () => {
    seq += 1;
    // Every extension context hears it: the card frame of this tab draws it, the worker sets the badge.
    void announceToExtension('card-state', view()).catch(() => undefined);
  };

  const size = () => (current ? frameSize(current, layout(), window) : { width: 0, height: 0 });

  const applyLayout = () => {
    if (!elements || !current) return;
    const { width, height } = size();
    elements.host.style.setProperty('--vl-width', `${width}px`);
    elements.host.style.setProperty('--vl-height', `${height}px`);
    elements.floatingStyle.disabled = anchor !== null;
  };

  const create = (): CardElements & { floatingStyle: HTMLStyleElement } => {
    const host = document.createElement(CARD_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = HOST_CSS;
    const floatingStyle = document.createElement('style');
    floatingStyle.textContent = FLOATING_CSS;
    const frame = document.createElement('iframe');
    // No query string or fragment: the address says nothing of what the card shows.
    frame.src = browser.runtime.getURL(CARD_PAGE_PATH);
    frame.title = 'Vetlens';
    frame.setAttribute('scrolling', 'no');
    shadow.append(style, floatingStyle, frame);
    return { host, frame, floatingStyle };
  };

  const place = () => {
    if (!current) return;
    const wanted = forcedFloating ? null : extractor.findOverlayAnchor(document, new URL(location.href));
    elements ??= create();
    if (wanted === anchor && elements.host.isConnected) return;
    anchor = wanted;
    if (anchor) put(elements.host, anchor.parentNode, anchor.nextSibling);
    // Once the page hid the card, it floats from the root element: hiding the body does not take it along.
    else put(elements.host, forcedFloating ? document.documentElement : (document.body ?? document.documentElement), null);
    applyLayout();
  };

  /**
   * Puts back a card the page took out, within a budget; then only says so. A card hidden or covered
   * in place is not moved (sites fade and cover parts of the page in their own transitions and
   * dialogs): the badge says so while it lasts, and the card's buttons refuse presses meanwhile.
   */
  const restore = (why: Exclude<PageHid, null>): boolean => {
    const now = Date.now();
    restores = restores.filter((at) => now - at < 60_000);
    if (why !== 'removed' || restores.length >= RESTORES_PER_MINUTE) return false;
    restores.push(now);
    // Taken out again and again where the site put it: float from the root element from now on.
    if (restores.length > 2) forcedFloating = true;
    place();
    return true;
  };

  const check = () => {
    if (ctx.isInvalid || !elements || !current) return;
    let hid = pageHidesCard(elements, size());
    if (hid && restore(hid)) hid = pageHidesCard(elements, size());
    if (hid !== pageHid) {
      pageHid = hid;
      announce();
    }
  };

  const startChecking = () => {
    checkTimer ??= ctx.setInterval(check, CARD_CHECK_MS);
  };
  const stopChecking = () => {
    clearInterval(checkTimer);
    checkTimer = undefined;
  };

  void loadCollapsed().then((value) => {
    collapsed = value;
    applyLayout();
    announce();
  });
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(COLLAPSED_KEY in changes)) return;
    collapsed = changes[COLLAPSED_KEY]?.newValue === true;
    applyLayout();
    announce();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  return {
    /** Shows a state; null removes the card. `scoredFrom`: see CardView.scoredFrom. */
    render(state: VisibleTabState | null, fromRequest: number): void {
      current = state;
      scoredFrom = fromRequest;
      if (!state) {
        stopChecking();
        elements?.host.remove();
        elements = null;
        anchor = null;
        pageHid = null;
      } else {
        place();
        applyLayout();
        startChecking();
      }
      announce();
    },
    /** Puts the card back where the site removed it (called on the site's DOM changes: cheap). */
    restore(): void {
      if (current && elements && !elements.host.isConnected && restore('removed')) check();
    },
    /** What the card frame draws when it loads. */
    view,
    /** Whether the page keeps the card from the person's sight (for the popup). */
    pageHid: () => pageHid,
    /**
     * The person pressed a button in the card: act only if the card is on screen, opaque and
     * uncovered at the point of the press right now.
     */
    act(action: CardAction, at: FramePoint): CardActionAnswer {
      if (!elements || !current) return { ok: false, pageHid: 'removed' };
      const hid = personSeesCardAt(elements, size(), at);
      if (hid) {
        check();
        return { ok: false, pageHid: hid };
      }
      if (action === 'toggle-shortlist') options.onToggleShortlist();
      return { ok: true };
    },
  };
}
