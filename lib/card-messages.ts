import * as z from 'zod/mini';
import { CARD_PAGE_PATH } from './built-files';
import { TabStateSchema, type TabState } from './messages';

/**
 * The card is drawn by an extension page in a frame (entrypoints/card/, components/overlay/), so the
 * page it sits on can read none of it. These are the messages between that frame, the content script
 * of its tab and the worker; each receiver parses what arrives and checks that the sender is
 * Vetlens itself (no page can send an extension message).
 */

/** The storage key of the floating card's folded state (written by the card frame, read by the content script to size it). */
export const COLLAPSED_KEY = 'overlayCollapsed';

/** How the page treats the card: it took it out, hid it (display, visibility, opacity, size, place) or covers it. */
export const PageHidSchema = z.nullable(z.enum(['removed', 'hidden', 'covered']));
export type PageHid = z.infer<typeof PageHidSchema>;

/** Where the card is drawn; the frame's size follows only this and the state's status, never what the card shows. */
const CardLayoutSchema = z.object({ floating: z.boolean(), collapsed: z.boolean(), pageHid: PageHidSchema });
export type CardLayout = z.infer<typeof CardLayoutSchema>;

/** What the card shows: the tab's state (null: nothing to show), numbered so a late answer never replaces a newer one. */
export const CardViewSchema = z.object({ seq: z.number(), state: z.nullable(TabStateSchema), layout: CardLayoutSchema });
export interface CardView {
  seq: number;
  state: TabState | null;
  layout: CardLayout;
}

/**
 * Content script → every extension context: the tab's card changed (the card frame draws it, the
 * worker shows it on the badge). Its state is checked here only for its status: for the card frame, once the
 * browser has said the sender is Vetlens's own content script of the frame's tab (which checked the
 * worker's answer with the full schema), so the card's first frame does not wait for a second full parse.
 */
export const OwnCardStateMessageSchema = z.object({
  type: z.literal('card:state'),
  seq: z.number(),
  state: z.nullable(z.looseObject({ status: z.string() })),
  layout: CardLayoutSchema,
});
export type CardStateMessage = CardView & { type: 'card:state' };

/** A point in the card frame's own coordinates (CSS pixels from its top left). */
const FramePointSchema = z.object({ x: z.number(), y: z.number() });
export type FramePoint = z.infer<typeof FramePointSchema>;

/** Card frame → its tab's content script. */
export const FrameToTabSchema = z.discriminatedUnion('type', [
  /** The frame has loaded: answer with the card's view. */
  z.object({ type: z.literal('card:hello') }),
  /**
   * The person asks for an action. `at` is where (the click's point, or the middle of the focused
   * button for a key press): the content script acts only if the card is on screen, opaque and
   * uncovered there at that moment.
   */
  z.object({ type: z.literal('card:action'), action: z.enum(['toggle-shortlist', 'check']), at: FramePointSchema }),
]);
export type FrameToTab = z.infer<typeof FrameToTabSchema>;

export type CardActionAnswer = { ok: true } | { ok: false; pageHid: Exclude<PageHid, null> };

/** Popup → a tab's content script: whether the page hides the card. */
export const CardHiddenQuerySchema = z.object({ type: z.literal('tab:card-hidden') });

/** Whether a message came from Vetlens's own card frame (the id is the browser's word, the path the page it loaded). */
export function isFromCardFrame(sender: { id?: string; url?: string }, extensionId: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  try {
    const url = new URL(sender.url);
    return /^(chrome|moz)-extension:$/.test(url.protocol) && url.pathname === CARD_PAGE_PATH;
  } catch {
    return false;
  }
}
