import * as z from 'zod/mini';
import { CardActionAnswerSchema, CardActionSchema, CardViewSchema, FramePointSchema, PageHidSchema } from '../card-messages';
import {
  ForgetItemSchema,
  ForgetResponseSchema,
  OpenResponseSchema,
  ReadyTabStateSchema,
  SnapshotResponseSchema,
  TabStateSchema,
  ToggleResponseSchema,
} from '../messages';
import { ProfileSnapshotSchema } from '../snapshot';
import { defineChannel } from './define';

/**
 * Every extension message Vetlens sends, one channel per sender and receiver: for each message what is
 * sent (`request`) and what comes back (`answer`). Senders use lib/protocol/send.ts, which checks the
 * answer; receivers use handleRequest (lib/protocol/define.ts), which checks the request where it
 * arrives, and check the sender themselves (the comment of each channel says who may send it).
 * A message's `type` on the wire is `<from>-to-<to>:<name>` (WireType says why).
 *
 * Not here: the MAIN-world observer's window.postMessage to the content script (ObservedMessageSchema in
 * lib/messages.ts), which is page-side and answered by nothing, and the side panel's session-storage request
 * (PANEL_REQUEST_KEY).
 */

/** Content script → worker (runtime.sendMessage). The worker takes them only from its content scripts on the three sites. */
export const contentToWorker = defineChannel('content', 'worker', {
  /**
   * `personActive`: the person clicked, typed or scrolled just before (trusted events only), which gives the tab a person's allowance of new creators (lib/background/rates.ts).
   * `cardRequest`: the content script's number for this request; with it, the worker also sends a scored state straight to the tab's card (workerToCard).
   */
  snapshot: {
    request: z.object({ snapshot: ProfileSnapshotSchema, personActive: z.optional(z.boolean()), cardRequest: z.optional(z.number()) }),
    answer: SnapshotResponseSchema,
  },
  /** Sets (not flips) the shortlist state, so a message retried after a stopped worker changes nothing twice. */
  'shortlist-set': {
    request: z.object({ creatorKey: z.string().check(z.maxLength(300)), snapshot: ProfileSnapshotSchema, shortlisted: z.boolean() }),
    answer: ToggleResponseSchema,
  },
  /** After a flood: forget the visits this tab stored during it (and creators they made), see lib/storage/forget.ts. */
  forget: {
    request: z.object({ items: z.array(ForgetItemSchema).check(z.minLength(1), z.maxLength(100)) }),
    answer: ForgetResponseSchema,
  },
  /** Opens the side panel on its Briefs tab (the card's frame opens it itself today; kept for a content script's link). */
  'open-briefs': { request: z.object({}), answer: OpenResponseSchema },
});

/**
 * Content script → every extension context (runtime.sendMessage, answered by none): the tab's card
 * changed. The card frame of the tab draws it (only from its own tab's top frame), the worker shows it
 * on the toolbar's badge (only from a content script of the three sites).
 */
export const contentToExtension = defineChannel('content', 'extension', {
  'card-state': { request: CardViewSchema, answer: z.undefined() },
});

/**
 * Worker → every extension context (runtime.sendMessage, answered by none): a tab's snapshot request
 * scored, sent as the worker answers the content script, so the card draws it one hop sooner (it would
 * otherwise wait for the content script to relay it). The card frame of `tab` takes it only from the
 * worker itself and only while its content script's view allows that request (CardView.scoredFrom);
 * its layout and size still come from the content script alone.
 */
export const workerToCard = defineChannel('worker', 'card', {
  scored: { request: z.object({ tab: z.number(), cardRequest: z.number(), state: ReadyTabStateSchema }), answer: z.undefined() },
});

/** Card frame → the content script of its own tab (tabs.sendMessage to frame 0). The content script takes them only from Vetlens's card page. */
export const cardToContent = defineChannel('card', 'content', {
  /** The frame has loaded: answer with the card's view. */
  hello: { request: z.object({}), answer: CardViewSchema },
  /**
   * The person asks for an action. `at` is where (the click's point, or the middle of the focused
   * button for a key press): the content script acts only if the card is on screen, opaque and
   * uncovered there at that moment.
   */
  action: { request: z.object({ action: CardActionSchema, at: FramePointSchema }), answer: CardActionAnswerSchema },
});

/** Popup → the content script of the active tab (tabs.sendMessage to frame 0). The content script takes them only from an extension page (no tab). */
export const popupToContent = defineChannel('popup', 'content', {
  /** Which creator the tab shows, and how far it got. */
  'current-state': { request: z.object({}), answer: TabStateSchema },
  /** Whether the page hides or covers the card (the toolbar is where no page can draw). */
  'card-hidden': { request: z.object({}), answer: PageHidSchema },
});

/** Every channel, for the tests that walk them. */
export const CHANNELS = { contentToWorker, contentToExtension, workerToCard, cardToContent, popupToContent } as const;
