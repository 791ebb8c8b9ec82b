import { browser } from 'wxt/browser';
import type { ForgetItem, SnapshotResponse, ToggleResponse, VisibleTabState } from '../messages';
import type { PlatformExtractor } from '../platforms/types';
import { InvalidAnswerError } from '../protocol/define';
import { listenForMessages, sendToWorker } from '../protocol/send';
import { contentListener } from './answers';
import { createCardHost } from './card-host';
import type { ContentContext } from './context';
import { PageController } from './controller';
import { watchPersonInput } from './limits';

/** An answer out of shape is not used: the card says so (a worker that cannot be reached stays a rejection, as before). */
function unusable(error: unknown): { ok: false; error: string } {
  if (error instanceof InvalidAnswerError) return { ok: false, error: 'invalid answer from the background' };
  throw error;
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
      const personActive = !context.firstOfDocument && personInput.active();
      return sendToWorker('snapshot', { snapshot, personActive, cardRequest: context.cardRequest }).catch(unusable);
    },
    async setShortlisted(creatorKey, snapshot, shortlisted): Promise<ToggleResponse> {
      return sendToWorker('shortlist-set', { creatorKey, snapshot, shortlisted }).catch(unusable);
    },
    async forget(items: ForgetItem[]) {
      for (let i = 0; i < items.length; i += 100) await sendToWorker('forget', { items: items.slice(i, i + 100) }).catch(() => undefined);
    },
    userActive: personInput.active,
    onSiteChange() {
      // Sites re-render their headers and may drop nodes they did not make: put the card back.
      card.restore();
    },
    render(state: VisibleTabState | null, scoredFrom: number) {
      card.render(state, scoredFrom);
    },
  });

  // The popup and the card's frame ask the tab; only Vetlens can send these (lib/content/answers.ts).
  const stopListening = listenForMessages(contentListener({ extensionId: browser.runtime.id, card, currentState: () => controller.currentState }));

  // WXT reports the Navigation API's "navigate" event, which fires before location.href changes:
  // look at the page once the navigation has been committed.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => controller.onLocationChange(), 0));
  ctx.onInvalidated(() => {
    controller.dispose();
    personInput.stop();
    stopListening();
    card.render(null, 1);
  });
  // The content script loads this once the page's own load has finished, so Vetlens never delays it.
  controller.start();
}
