import { describe, expect, it } from 'vitest';
import { cardStateHandlers, scoredHandlers } from '../../../components/overlay/CardFrame';
import { announcementHandlers } from '../../../lib/background/listener';
import { workerHandlers } from '../../../lib/background/service';
import type { CardView } from '../../../lib/card-messages';
import { contentHandlers, contentListener } from '../../../lib/content/answers';
import { nodeI18n } from '../../../lib/i18n/node';
import { CONTENT_HOSTS } from '../../../lib/platforms/hosts';
import { CHANNELS, cardToContent, contentToWorker, popupToContent } from '../../../lib/protocol/channels';
import {
  InvalidAnswerError,
  encodeRequest,
  handleRequest,
  readAnswer,
  wireType,
  type Channel,
  type Handlers,
  type MessageSender,
} from '../../../lib/protocol/define';

import { importBrandFit } from '../../../lib/scoring/load-brand-fit';
import { openVetlensDB } from '../../../lib/storage/db';

const EXTENSION_ID = 'vetlens-test-id';
const CARD_FRAME: MessageSender = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/card.html`, tab: { id: 4 }, frameId: 2 };
const POPUP: MessageSender = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };

const VIEW: CardView = { seq: 3, state: { status: 'loading', platform: 'tiktok' }, layout: { floating: true, collapsed: false, pageHid: null }, scoredFrom: 1 };

/** A content script's card and page, as the content script's handlers see them. */
function contentParts() {
  const pressed: string[] = [];
  return {
    pressed,
    parts: {
      extensionId: EXTENSION_ID,
      card: {
        view: () => VIEW,
        act: (action: 'toggle-shortlist' | 'check') => (pressed.push(action), { ok: true as const }),
        pageHid: () => 'covered' as const,
      },
      currentState: () => VIEW.state ?? { status: 'none' as const },
    },
  };
}

/** Every receiver of every channel, with the handlers it registers (the receiving code's own factories). */
function receivers(): Array<{ channel: Channel; receiver: string; handlers: Record<string, unknown> }> {
  const deps = {
    db: openVetlensDB(`vetlens-protocol-${Math.random()}`),
    i18n: nodeI18n('en'),
    extensionId: EXTENSION_ID,
    contentHosts: CONTENT_HOSTS,
    loadBrandFit: importBrandFit,
  };
  const content = contentHandlers(contentParts().parts);
  return [
    { channel: CHANNELS.contentToWorker, receiver: 'worker', handlers: workerHandlers(deps) },
    { channel: CHANNELS.contentToExtension, receiver: 'worker', handlers: announcementHandlers({ ...deps, action: undefined }) },
    { channel: CHANNELS.contentToExtension, receiver: 'card', handlers: cardStateHandlers(() => undefined) },
    { channel: CHANNELS.workerToCard, receiver: 'card', handlers: scoredHandlers(() => undefined) },
    { channel: CHANNELS.cardToContent, receiver: 'content', handlers: content.fromCard },
    { channel: CHANNELS.popupToContent, receiver: 'content', handlers: content.fromPopup },
  ];
}

describe('the message protocol map', () => {
  const channels: Channel[] = Object.values(CHANNELS);

  it('names every message with both ends, and each name once', () => {
    const types = channels.flatMap((channel) => Object.keys(channel.messages).map((name) => wireType(channel, name)));
    expect(types).toEqual([
      'content-to-worker:snapshot',
      'content-to-worker:shortlist-set',
      'content-to-worker:forget',
      'content-to-worker:open-briefs',
      'content-to-extension:card-state',
      'worker-to-card:scored',
      'card-to-content:hello',
      'card-to-content:action',
      'popup-to-content:current-state',
      'popup-to-content:card-hidden',
    ]);
    expect(new Set(types).size).toBe(types.length);
    for (const channel of channels) expect(channel.from).not.toBe(channel.to);
  });

  it('gives every message a request schema (an object) and an answer schema', () => {
    for (const channel of channels) {
      for (const [name, spec] of Object.entries(channel.messages)) {
        expect({ message: wireType(channel, name), request: spec.request._zod.def.type }).toEqual({ message: wireType(channel, name), request: 'object' });
        expect(typeof spec.answer.safeParse, wireType(channel, name)).toBe('function');
      }
    }
  });

  it('has a handler for every message at every receiver, and a receiver for every channel', () => {
    const all = receivers();
    expect(channels.filter((channel) => !all.some((r) => r.channel === channel))).toEqual([]);
    for (const { channel, receiver, handlers } of all) {
      // The worker and the card frames both hear the broadcast to every extension context.
      if (channel.to !== 'extension') expect(receiver).toBe(channel.to);
      expect({ receiver, names: Object.keys(handlers).sort() }).toEqual({ receiver, names: Object.keys(channel.messages).sort() });
      for (const name of Object.keys(channel.messages)) expect(typeof handlers[name], `${receiver}: ${wireType(channel, name)}`).toBe('function');
    }
  });
});

describe('sending and answering through the map', () => {
  it('carries a request to its handler and returns the typed, checked answer', async () => {
    const { parts, pressed } = contentParts();
    const message = encodeRequest(cardToContent, 'action', { action: 'toggle-shortlist', at: { x: 12, y: 30 } });
    expect(message).toEqual({ type: 'card-to-content:action', action: 'toggle-shortlist', at: { x: 12, y: 30 } });
    const answer = await contentListener(parts)(message, CARD_FRAME);
    expect(readAnswer(cardToContent, 'action', answer)).toEqual({ ok: true });
    expect(pressed).toEqual(['toggle-shortlist']);
    expect(readAnswer(popupToContent, 'card-hidden', await contentListener(parts)(encodeRequest(popupToContent, 'card-hidden', {}), POPUP))).toBe('covered');
  });

  it('refuses an answer out of shape instead of using it', () => {
    // A content script in a page's compromised renderer can answer anything: the card would act on `ok: "yes"`.
    expect(() => readAnswer(cardToContent, 'action', { ok: 'yes' })).toThrow(InvalidAnswerError);
    expect(() => readAnswer(cardToContent, 'action', { ok: false, pageHid: 'elsewhere' })).toThrow(InvalidAnswerError);
    expect(() => readAnswer(popupToContent, 'current-state', { status: 'ready' })).toThrow(InvalidAnswerError);
    expect(() => readAnswer(contentToWorker, 'snapshot', undefined)).toThrow('invalid answer to content-to-worker:snapshot');
  });

  it('checks each request where it arrives, and its sender', async () => {
    const { parts, pressed } = contentParts();
    const listen = contentListener(parts);
    // Fields out of shape, a name of another channel, an unknown name: no handler runs, nothing is answered.
    expect(listen({ type: 'card-to-content:action', action: 'delete-shortlist', at: { x: 1, y: 1 } }, CARD_FRAME)).toBeUndefined();
    expect(listen({ type: 'popup-to-content:current-state' }, CARD_FRAME)).toBeUndefined();
    expect(listen({ type: 'card-to-content:press-everything' }, CARD_FRAME)).toBeUndefined();
    // The card's messages only from Vetlens's card page; the popup's only from an extension page without a tab.
    const fromPage = { ...CARD_FRAME, url: 'https://www.instagram.com/lena.travels/' };
    expect(listen(encodeRequest(cardToContent, 'action', { action: 'check', at: { x: 1, y: 1 } }), fromPage)).toBeUndefined();
    expect(listen(encodeRequest(popupToContent, 'current-state', {}), { ...POPUP, tab: { id: 9 } })).toBeUndefined();
    expect(listen(encodeRequest(popupToContent, 'current-state', {}), { ...POPUP, id: 'another-extension' })).toBeUndefined();
    expect(pressed).toEqual([]);
    expect(await listen(encodeRequest(cardToContent, 'hello', {}), CARD_FRAME)).toEqual(VIEW);
  });

  it('says why a request was refused', () => {
    const handlers = contentHandlers(contentParts().parts).fromPopup;
    expect(handleRequest(popupToContent, handlers, { type: 'popup-to-content:current-state' }, POPUP)).toMatchObject({ ok: true, name: 'current-state' });
    expect(handleRequest(popupToContent, handlers, 'hello', POPUP)).toEqual({ ok: false, name: null, error: 'not a popup-to-content:* message' });
  });

  it('types each handler by its message, and still refuses an answer that slips past the types', async () => {
    // `npm run typecheck` fails if an @ts-expect-error below stops being an error.
    const wrongAnswer: Handlers<typeof cardToContent, MessageSender> = {
      hello: () => VIEW,
      // @ts-expect-error the answer to a press is { ok: true } or { ok: false, pageHid }
      action: () => ({ ok: 'yes' }),
    };
    // @ts-expect-error every message of the channel needs its handler
    const missing: Handlers<typeof popupToContent, MessageSender> = { 'current-state': () => ({ status: 'none' }) };
    // @ts-expect-error a request has its message's fields
    expect(encodeRequest(cardToContent, 'action', { action: 'check' })).toEqual({ type: 'card-to-content:action', action: 'check' });
    const handled = handleRequest(cardToContent, wrongAnswer, encodeRequest(cardToContent, 'action', { action: 'check', at: { x: 1, y: 1 } }), CARD_FRAME);
    if (!handled.ok) throw new Error(handled.error);
    const answer: unknown = await handled.answer;
    expect(() => readAnswer(cardToContent, 'action', answer)).toThrow(InvalidAnswerError);
    expect(Object.keys(missing)).toEqual(['current-state']);
  });
});
