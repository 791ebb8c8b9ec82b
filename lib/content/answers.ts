import { isFromCardFrame, type CardAction, type CardActionAnswer, type CardView, type FramePoint, type PageHid } from '../card-messages';
import type { TabState } from '../messages';
import { cardToContent, popupToContent } from '../protocol/channels';
import { handleRequest, type Handlers, type MessageSender } from '../protocol/define';

interface ContentParts {
  extensionId: string;
  card: { view(): CardView; act(action: CardAction, at: FramePoint): CardActionAnswer; pageHid(): PageHid };
  currentState(): TabState;
}

/** What the content script answers its card frame and the popup, typed by their channels. */
export function contentHandlers(parts: ContentParts): {
  fromCard: Handlers<typeof cardToContent, MessageSender>;
  fromPopup: Handlers<typeof popupToContent, MessageSender>;
} {
  return {
    fromCard: {
      hello: () => parts.card.view(),
      action: (request) => parts.card.act(request.action, request.at),
    },
    fromPopup: {
      'current-state': () => parts.currentState(),
      'card-hidden': () => parts.card.pageHid(),
    },
  };
}

/**
 * The content script's listener. The popup asks the tab which creator it shows and whether the page
 * hides the card; the card's frame asks what to draw and asks to act. Only Vetlens can send these
 * (never a page): the card frame's messages count only from Vetlens's card page, the popup's only
 * from an extension page (no tab). Anything else, or a message that does not fit, gets no answer.
 */
export function contentListener(parts: ContentParts): (raw: unknown, sender: MessageSender) => Promise<unknown> | undefined {
  const { fromCard, fromPopup } = contentHandlers(parts);
  return (raw, sender) => {
    if (sender.id !== parts.extensionId) return undefined;
    if (isFromCardFrame(sender, parts.extensionId)) {
      const handled = handleRequest(cardToContent, fromCard, raw, sender);
      return handled.ok ? handled.answer : undefined;
    }
    if (sender.tab) return undefined;
    const handled = handleRequest(popupToContent, fromPopup, raw, sender);
    return handled.ok ? handled.answer : undefined;
  };
}
