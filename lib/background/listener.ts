import { contentToExtension } from '../protocol/channels';
import { handleRequest, messageName, type Handlers, type MessageSender } from '../protocol/define';
import { showCardOnBadge, type ActionApi } from './badge';
import { handleMessage, type BackgroundDeps } from './service';

type BadgeDeps = BackgroundDeps & { action: ActionApi | undefined };

/** What the worker does with a content script's card announcement: shows it on the toolbar's badge (no answer). */
export function announcementHandlers(deps: BadgeDeps): Handlers<typeof contentToExtension, MessageSender> {
  return {
    'card-state'(view, sender) {
      void showCardOnBadge(view, sender, deps);
      return undefined;
    },
  };
}

/**
 * The worker's listener: its content scripts' messages (lib/background/service.ts), and their card
 * announcements, which only set the toolbar's badge (the card's frame hears them itself) and get no answer.
 */
export function workerListener(
  deps: BackgroundDeps & { action: ActionApi | undefined },
): (raw: unknown, sender: MessageSender) => Promise<unknown> | undefined {
  const announcements: Handlers<typeof contentToExtension, MessageSender> = {
    'card-state'(view, sender) {
      void showCardOnBadge(view, sender, deps);
      return undefined;
    },
  };
  return (raw, sender) => {
    if (messageName(contentToExtension, raw) === null) return handleMessage(raw, sender, deps);
    void handleRequest(contentToExtension, announcements, raw, sender);
    return undefined;
  };
}
