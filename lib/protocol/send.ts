import { browser } from 'wxt/browser';
import { cardToContent, contentToExtension, contentToWorker, popupToContent, workerToCard } from './channels';
import { encodeRequest, readAnswer, type Answer, type Channel, type MessageName, type MessageSender, type Request } from './define';

/**
 * The only places Vetlens sends or hears extension messages (a test keeps it so). Each sender names the
 * message and gives its typed request; the answer is checked with the message's answer schema before it
 * is returned, typed. A missing receiver or an answer of the wrong shape is a rejection.
 */

async function send<C extends Channel, K extends MessageName<C>>(
  channel: C,
  name: K,
  request: Request<C, K>,
  transport: (message: unknown) => Promise<unknown>,
): Promise<Answer<C, K>> {
  return readAnswer(channel, name, await transport(encodeRequest(channel, name, request)));
}

/**
 * Content script → worker. The browser may stop the service worker while a message is in flight; the
 * next message starts it again. Every message to the worker is applied whole or not at all (a shortlist
 * is set, not flipped), so one retry is safe.
 */
export function sendToWorker<K extends MessageName<typeof contentToWorker>>(name: K, request: Request<typeof contentToWorker, K>) {
  return send(contentToWorker, name, request, async (message): Promise<unknown> => {
    try {
      const answer: unknown = await browser.runtime.sendMessage(message);
      return answer;
    } catch {
      return browser.runtime.sendMessage(message);
    }
  });
}

/** Content script → every extension context (the worker and the card frames hear it; none answers). */
export function announceToExtension<K extends MessageName<typeof contentToExtension>>(name: K, request: Request<typeof contentToExtension, K>) {
  return send(contentToExtension, name, request, (message) => browser.runtime.sendMessage(message));
}

/** Worker → every extension context (the card frame of the tab named in the message draws it; none answers). */
export function announceWorkerToCard<K extends MessageName<typeof workerToCard>>(name: K, request: Request<typeof workerToCard, K>) {
  return send(workerToCard, name, request, (message) => browser.runtime.sendMessage(message));
}

/** Card frame → the content script of its own tab (the top frame, where Vetlens reads the page). */
export function sendCardToContent<K extends MessageName<typeof cardToContent>>(tabId: number, name: K, request: Request<typeof cardToContent, K>) {
  return send(cardToContent, name, request, (message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
}

/** Popup → the content script of a tab (the top frame). */
export function sendPopupToContent<K extends MessageName<typeof popupToContent>>(tabId: number, name: K, request: Request<typeof popupToContent, K>) {
  return send(popupToContent, name, request, (message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
}

/**
 * Hears every extension message sent to this context. The listener returns its answer's promise, or
 * undefined to leave the message to others (a broadcast, or a message not for this context).
 * Returns the function that stops listening.
 */
export function listenForMessages(listener: (raw: unknown, sender: MessageSender) => Promise<unknown> | undefined): () => void {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill sends the promise's value as the response
  browser.runtime.onMessage.addListener(listener);
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the same listener as added above
  return () => browser.runtime.onMessage.removeListener(listener);
}
