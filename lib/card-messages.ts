import * as z from 'zod/mini';
import { CARD_PAGE_PATH } from './built-files';
import { TabStateSchema } from './messages';

/**
 * The card is drawn by an extension page in a frame (entrypoints/card/, components/overlay/), so the
 * page it sits on can read none of it. This is the data of the messages between that frame, the
 * content script of its tab and the worker (the messages are listed in lib/protocol/channels.ts);
 * each receiver parses what arrives and checks that the sender is Vetlens itself (no page can send
 * an extension message).
 */

/** The storage key of the floating card's folded state (written by the card frame, read by the content script to size it). */
export const COLLAPSED_KEY = 'overlayCollapsed';

/** How the page treats the card: it took it out, hid it (display, visibility, opacity, size, place) or covers it. */
const PageHidingSchema = z.enum(['removed', 'hidden', 'covered']);
export const PageHidSchema = z.nullable(PageHidingSchema);
export type PageHid = z.infer<typeof PageHidSchema>;

/** Where the card is drawn; the frame's size follows only this and the state's status, never what the card shows. */
const CardLayoutSchema = z.object({ floating: z.boolean(), collapsed: z.boolean(), pageHid: PageHidSchema });
export type CardLayout = z.infer<typeof CardLayoutSchema>;

/**
 * What the card shows: the tab's state (null: nothing to show), numbered so a late answer never replaces a newer one.
 * `scoredFrom`: the worker's scored states for this tab's snapshot requests numbered from this on may stand in
 * for `state` (they reach the card before the content script's own relay of them); earlier ones are stale
 * (another creator, or already in `state`). See mergeCardView (components/overlay/card-view.ts).
 */
export const CardViewSchema = z.object({ seq: z.number(), state: z.nullable(TabStateSchema), layout: CardLayoutSchema, scoredFrom: z.number() });
export type CardView = z.infer<typeof CardViewSchema>;

/** A point in the card frame's own coordinates (CSS pixels from its top left). */
export const FramePointSchema = z.object({ x: z.number(), y: z.number() });
export type FramePoint = z.infer<typeof FramePointSchema>;

/** The actions a person can ask for in the card. */
export const CardActionSchema = z.enum(['toggle-shortlist', 'check']);
export type CardAction = z.infer<typeof CardActionSchema>;

/** The content script's answer to a press: done, or how the page keeps the card from the person's sight. */
export const CardActionAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), pageHid: PageHidingSchema }),
]);
export type CardActionAnswer = z.infer<typeof CardActionAnswerSchema>;

/**
 * Whether a message came from Vetlens's own service worker: this extension, no tab, the worker's script
 * (`workerPath`, from the manifest). A content script (it has a tab) or another extension page is not it.
 */
export function isFromWorker(sender: { id?: string; url?: string; tab?: unknown }, extensionId: string, workerPath: string): boolean {
  if (sender.id !== extensionId || sender.tab !== undefined || !sender.url) return false;
  try {
    const url = new URL(sender.url);
    return /^(chrome|moz)-extension:$/.test(url.protocol) && url.host === extensionId && url.pathname === `/${workerPath.replace(/^\//, '')}`;
  } catch {
    return false;
  }
}

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
