import type { PageHid } from '../card-messages';

/** The element the page sees (the card's host) and the frame inside it, which the person sees. */
export interface CardElements {
  host: HTMLElement;
  frame: HTMLIFrameElement;
}

/** The parent in the flat tree: the shadow host for a shadow root's top element. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Any ancestor (or the frame itself) drawn at less than full opacity, or through a filter or mask. */
function fadedOrFiltered(frame: Element): boolean {
  const win = frame.ownerDocument.defaultView!;
  for (let element: Element | null = frame; element; element = parentOf(element)) {
    const style = win.getComputedStyle(element);
    if (Number(style.opacity) < 1) return true;
    if (style.filter !== 'none' || (style.mask !== undefined && style.mask !== 'none' && style.mask !== '')) return true;
    if (style.mixBlendMode !== 'normal') return true;
  }
  return false;
}

/**
 * Whether the element on top at a point (viewport coordinates) is the card. Points in the card's
 * closed shadow root are seen as its host from the page's document.
 */
function cardOnTop({ host }: CardElements, x: number, y: number): boolean {
  const top = host.ownerDocument.elementFromPoint(x, y);
  return top === host;
}

/** The frame's box as the page lays it out, with the size the card asked for. */
function frameBox({ frame }: CardElements): DOMRect {
  return frame.getBoundingClientRect();
}

/**
 * Why the person cannot see the card right now, or null when they can (or when the card is only
 * scrolled out of view, which is the person's doing). Checked on the page's layout as it is:
 * taken out of the document; `display`, `visibility`, `content-visibility`, opacity, filters or
 * blend modes on the card or any ancestor; shrunk below the size it asked for, or moved off the
 * page; or covered by the page's own elements over the part that is on screen.
 */
export function pageHidesCard(card: CardElements, expected: { width: number; height: number }): PageHid {
  const { host, frame } = card;
  if (!host.isConnected || !frame.isConnected) return 'removed';
  if (!frame.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return 'hidden';
  if (fadedOrFiltered(frame)) return 'hidden';
  const box = frameBox(card);
  if (box.width < Math.min(expected.width, 200) - 1 || box.height < expected.height - 1) return 'hidden';
  const doc = host.ownerDocument;
  const scrollWidth = Math.max(doc.documentElement.scrollWidth, doc.documentElement.clientWidth);
  const left = box.left + (doc.defaultView?.scrollX ?? 0);
  if (left + box.width <= 0 || left >= scrollWidth) return 'hidden';
  // Covering is judged on what is on screen: a card scrolled out of view is not covered.
  const view = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  const visible = {
    left: Math.max(box.left, 0),
    top: Math.max(box.top, 0),
    right: Math.min(box.right, view.width),
    bottom: Math.min(box.bottom, view.height),
  };
  const visibleArea = Math.max(0, visible.right - visible.left) * Math.max(0, visible.bottom - visible.top);
  if (visibleArea < (box.width * box.height) / 2) return null;
  const inset = 4;
  const points = [
    [(visible.left + visible.right) / 2, (visible.top + visible.bottom) / 2],
    [visible.left + inset, visible.top + inset],
    [visible.right - inset, visible.top + inset],
    [visible.left + inset, visible.bottom - inset],
    [visible.right - inset, visible.bottom - inset],
  ] as const;
  // A site's own sticky bar over an edge is not the page hiding the card: only when no point shows it.
  return points.some(([x, y]) => cardOnTop(card, x, y)) ? null : 'covered';
}

/**
 * Whether the person sees the card at a point of the frame (the click's point, or the focused
 * button's middle) right now: nothing hides the card and the card itself is on top there.
 */
export function personSeesCardAt(card: CardElements, expected: { width: number; height: number }, at: { x: number; y: number }): PageHid {
  const hid = pageHidesCard(card, expected);
  if (hid === 'removed' || hid === 'hidden') return hid;
  const box = frameBox(card);
  const x = box.left + at.x;
  const y = box.top + at.y;
  if (at.x < 0 || at.y < 0 || at.x > box.width || at.y > box.height) return 'covered';
  const root = card.host.ownerDocument.documentElement;
  if (x < 0 || y < 0 || x >= root.clientWidth || y >= root.clientHeight) return 'covered';
  return cardOnTop(card, x, y) ? null : 'covered';
}
