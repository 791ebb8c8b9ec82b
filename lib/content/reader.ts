import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
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
import { importPackaged } from '../packaged';
import type { PlatformExtractor } from '../platforms/types';
import { PageController } from './controller';
import { LAZY_CARD, lazyFile } from './lazy-files';
import { watchPersonInput } from './limits';

/** The card's interface (components/overlay/mount.tsx), loaded the first time there is something to show. */
type CardModule = typeof import('../../components/overlay/mount');
type Card = ReturnType<CardModule['createCard']>;

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
export function startVetlens(ctx: ContentScriptContext, extractor: PlatformExtractor): void {
  let current: VisibleTabState | null = null;
  let card: Card | null = null;
  let cardLoading: Promise<void> | null = null;

  // The card's code and styles load only for a page that has a creator to show.
  const loadCard = () =>
    (cardLoading ??= importPackaged<CardModule>(lazyFile(LAZY_CARD)).then(
      ({ createCard }) => {
        if (ctx.isInvalid) return;
        card = createCard(ctx, { extractor, onToggleShortlist: () => void controller.toggleShortlist() });
        card.render(current);
      },
      (error: unknown) => {
        cardLoading = null;
        console.error('Vetlens could not load its card', error);
      },
    ));

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
      card?.restore();
    },
    render(state) {
      current = state;
      if (card) card.render(state);
      else if (state) void loadCard();
    },
  });

  // The popup asks the tab which creator it shows.
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab || !PopupToTabSchema.safeParse(message).success) return undefined;
    return Promise.resolve(controller.currentState);
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
    card?.render(null);
  });
  // The content script loads this once the page's own load has finished, so Vetlens never delays it.
  controller.start();
}
