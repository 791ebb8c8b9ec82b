import './overlay.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { PageController } from '../../lib/content/controller';
import { watchPersonInput } from '../../lib/content/limits';
import { createBrowserI18n } from '../../lib/i18n/translate';
import { type ContentToBackground, type ForgetItem, PopupToTabSchema, SnapshotResponseSchema, ToggleResponseSchema, type SnapshotResponse, type ToggleResponse, type VisibleTabState } from '../../lib/messages';
import type { PlatformExtractor } from '../../lib/platforms/types';
import { Overlay } from './Overlay';

/**
 * The browser may stop the service worker while a message is in flight; the next message starts
 * it again. Snapshots and toggles are applied whole or not at all, so one retry is safe.
 */
async function sendWithRetry(message: ContentToBackground): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return browser.runtime.sendMessage(message);
  }
}

const COLLAPSED_KEY = 'overlayCollapsed';

async function loadCollapsed(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY] === true;
  } catch {
    return false;
  }
}

/**
 * Wires one platform's extractor to the page: the controller follows navigation and reads the
 * page, the background scores and stores, and this mounts the overlay in a shadow root.
 */
export async function startVetlens(ctx: ContentScriptContext, extractor: PlatformExtractor): Promise<void> {
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

  // A person's clicks, keys and scrolling (never a script's) give creator switches a higher allowance.
  const personInput = watchPersonInput(window);

  const draw = () => {
    if (!ui || !current) return;
    render(
      <Overlay state={current} i18n={i18n} floating={anchor === null} collapsed={collapsed} onCollapse={onCollapse} onToggleShortlist={() => void controller.toggleShortlist()} />,
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

  const controller = new PageController({
    extractor,
    doc: document,
    win: window,
    currentUrl: () => location.href,
    async sendSnapshot(snapshot): Promise<SnapshotResponse> {
      const raw = await sendWithRetry({ type: 'content:snapshot', snapshot });
      const parsed = SnapshotResponseSchema.safeParse(raw);
      return parsed.success ? (parsed.data as SnapshotResponse) : { ok: false, error: 'invalid answer from the background' };
    },
    async setShortlisted(creatorKey, snapshot, shortlisted): Promise<ToggleResponse> {
      const raw = await sendWithRetry({ type: 'content:shortlist-set', creatorKey, snapshot, shortlisted });
      const parsed = ToggleResponseSchema.safeParse(raw);
      return parsed.success ? parsed.data : { ok: false, error: 'invalid answer from the background' };
    },
    async forget(items: ForgetItem[]) {
      for (let i = 0; i < items.length; i += 100) await sendWithRetry({ type: 'content:forget', items: items.slice(i, i + 100) }).catch(() => undefined);
    },
    userActive: personInput.active,
    onSiteChange() {
      // Sites re-render their headers and may drop nodes they did not make: put the card back.
      if (current && ui && !ui.shadowHost.isConnected) void place().then(draw);
    },
    render(state) {
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
  });

  // The popup asks the tab which creator it shows.
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab || !PopupToTabSchema.safeParse(message).success) return undefined;
    return Promise.resolve(controller.currentState);
  };
  browser.runtime.onMessage.addListener(onMessage);

  // WXT reports the Navigation API's "navigate" event, which fires before location.href changes:
  // look at the page once the navigation has been committed.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => controller.onLocationChange(), 0));
  ctx.onInvalidated(() => {
    controller.dispose();
    personInput.stop();
    browser.runtime.onMessage.removeListener(onMessage);
    ui?.remove();
  });
  // Reading waits for the page's own load to finish, so Vetlens never delays it.
  if (document.readyState === 'complete') controller.start();
  else ctx.addEventListener(window, 'load', () => controller.start(), { once: true });
}
