import './overlay.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { createBrowserI18n } from '../../lib/i18n/translate';
import type { ContentToBackground, VisibleTabState } from '../../lib/messages';
import type { PlatformExtractor } from '../../lib/platforms/types';
import { Overlay } from './Overlay';

/**
 * Every stylesheet the card imports (this file's and the report's), put here as text by the build
 * (lib/build/lazy-content.ts): the card's shadow root gets them at once, with no file to fetch.
 */
const CARD_CSS = '__VETLENS_CARD_CSS__';

const COLLAPSED_KEY = 'overlayCollapsed';

async function loadCollapsed(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY] === true;
  } catch {
    return false;
  }
}

interface CardOptions {
  extractor: PlatformExtractor;
  onToggleShortlist: () => void;
}

/**
 * The card on the page: mounts the overlay in a shadow root beside the site's profile header (or
 * floating when the page has no place for it), and draws each state the reader gives it.
 * Loaded by lib/content/reader.ts only once a page has a creator to show.
 */
export function createCard(ctx: ContentScriptContext, { extractor, onToggleShortlist }: CardOptions) {
  const i18n = createBrowserI18n(browser.i18n);
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let anchor: Element | null = null;
  let current: VisibleTabState | null = null;
  // The floating card stays folded once folded, on every page and tab, until it is opened again.
  let collapsed = false;
  void loadCollapsed().then((value) => {
    collapsed = value;
    draw();
  });
  const onCollapse = (value: boolean) => {
    collapsed = value;
    draw();
    void browser.storage.local.set({ [COLLAPSED_KEY]: value }).catch(() => undefined);
  };

  // Sent straight from the click, so the worker may still open the side panel (a user action).
  const openBriefs = () => void browser.runtime.sendMessage({ type: 'content:open-briefs' } satisfies ContentToBackground).catch(() => undefined);

  const draw = () => {
    if (!ui || !current) return;
    render(
      <Overlay
        state={current}
        i18n={i18n}
        floating={anchor === null}
        collapsed={collapsed}
        onCollapse={onCollapse}
        onToggleShortlist={onToggleShortlist}
        onOpenBriefs={openBriefs}
      />,
      ui.uiContainer,
    );
  };

  const placeNow = async () => {
    const wanted = extractor.findOverlayAnchor(document, new URL(location.href));
    if (!current || (ui && wanted === anchor && ui.shadowHost.isConnected)) return;
    anchor = wanted;
    if (ui) {
      // Moving the existing host is instant; a new shadow root would load its styles again.
      if (anchor) anchor.after(ui.shadowHost);
      else document.body.append(ui.shadowHost);
      return;
    }
    ui = await createShadowRootUi(ctx, {
      name: 'vetlens-overlay',
      position: 'inline',
      anchor: anchor ?? document.body,
      append: anchor ? 'after' : 'last',
      css: CARD_CSS,
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
  };
  // Renders arrive faster than a shadow root is created: queue placements so only one UI exists.
  let queue: Promise<void> = Promise.resolve();
  const place = () => (queue = queue.then(placeNow, placeNow));

  return {
    /** Shows a state; null removes the card. */
    render(state: VisibleTabState | null): void {
      current = state;
      if (!state) {
        queue = queue.then(() => {
          if (current) return;
          ui?.remove();
          ui = null;
          anchor = null;
        });
        return;
      }
      void place().then(draw);
    },
    /** Puts the card back where the site removed it. */
    restore(): void {
      if (current && ui && !ui.shadowHost.isConnected) void place().then(draw);
    },
  };
}
