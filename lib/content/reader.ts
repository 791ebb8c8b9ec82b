import { browser } from 'wxt/browser';
import {
  type ContentToBackground,
  type ForgetItem,
  PopupToTabSchema,
  SnapshotResponseSchema,
  ToggleResponseSchema,
  type SnapshotResponse,
  type ToggleResponse,
  type VisibleTabState,
} from '../messages';
import { CardHiddenQuerySchema, FrameToTabSchema, isFromCardFrame, type CardActionAnswer, type CardView } from '../card-messages';
import type { PlatformExtractor } from '../platforms/types';
import { createCardHost } from './card-host';
import type { ContentContext } from './context';
import { PageController } from './controller';
import { watchPersonInput } from './limits';

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

/**
 * Wires one platform's extractor to the page: the controller follows navigation and reads the
 * page, the background scores and stores, and the card shows the result. Loaded by the content
 * script once the page has loaded (lib/content/boot.ts).
 */
export function startVetlens(ctx: ContentContext, extractor: PlatformExtractor): void {
  // The card's frame loads the card's code and styles, and only for a page that has a creator to show.
  const card = createCardHost(ctx, { extractor, onToggleShortlist: () => void controller.toggleShortlist() });

  // A person's clicks, keys and scrolling (never a script's) give creator switches a higher allowance.
  const personInput = watchPersonInput(window);

  const controller = new PageController({
    extractor,
    doc: document,
    win: window,
    currentUrl: () => location.href,
    async sendSnapshot(snapshot, context): Promise<SnapshotResponse> {
      // A document's first page came from a load, which no input in this document can have caused.
      const personActive = !context?.firstOfDocument && personInput.active();
      const raw = await sendWithRetry({ type: 'content:snapshot', snapshot, personActive });
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
      card.restore();
    },
    render(state: VisibleTabState | null) {
      card.render(state);
    },
  });

  // The popup asks the tab which creator it shows and whether the page hides the card; the card's
  // frame asks what to draw and asks to act. Only Vetlens can send these (never a page).
  const onMessage = (message: unknown, sender: { id?: string; url?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isFromCardFrame(sender, browser.runtime.id)) {
      const parsed = FrameToTabSchema.safeParse(message);
      if (!parsed.success) return undefined;
      if (parsed.data.type === 'card:hello') return Promise.resolve<CardView>(card.view());
      return Promise.resolve<CardActionAnswer>(card.act(parsed.data.action, parsed.data.at));
    }
    if (sender.tab) return undefined;
    if (PopupToTabSchema.safeParse(message).success) return Promise.resolve(controller.currentState);
    if (CardHiddenQuerySchema.safeParse(message).success) return Promise.resolve(card.pageHid());
    return undefined;
  };
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill sends the promise's value as the response
  browser.runtime.onMessage.addListener(onMessage);

  // WXT reports the Navigation API's "navigate" event, which fires before location.href changes:
  // look at the page once the navigation has been committed.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => controller.onLocationChange(), 0));
  ctx.onInvalidated(() => {
    controller.dispose();
    personInput.stop();
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the same listener as added above
    browser.runtime.onMessage.removeListener(onMessage);
    card.render(null);
  });
  // The content script loads this once the page's own load has finished, so Vetlens never delays it.
  controller.start();
}
