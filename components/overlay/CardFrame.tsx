import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openBriefsPanel } from '../../lib/open-briefs';
import { COLLAPSED_KEY, type CardView } from '../../lib/card-messages';
import { contentToExtension } from '../../lib/protocol/channels';
import { handleRequest, type Handlers, type MessageSender } from '../../lib/protocol/define';
import { listenForMessages, sendCardToContent } from '../../lib/protocol/send';
import type { I18n } from '../../lib/i18n/translate';
import { PersonGuard, type Refusal } from './guard';
import { Overlay } from './Overlay';
import type { MessageKey } from '../../lib/i18n/message-keys';

/** What the card frame does with the content scripts' announcements: hands each checked view on (a broadcast: no answer). */
export function cardStateHandlers(receive: (view: CardView, sender: MessageSender) => void): Handlers<typeof contentToExtension, MessageSender> {
  return {
    'card-state'(view, sender) {
      receive(view, sender);
      return undefined;
    },
  };
}

/**
 * The card's tab, and its content script's view of it: first the answer to "hello", then every
 * state the content script announces (each numbered, so an older one never replaces a newer one).
 */
function useCardView(): { view: CardView | null; tabId: number | null } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<CardView | null>(null);
  useEffect(() => {
    let tab: number | null = null;
    const pending: Array<{ sender: MessageSender; view: CardView }> = [];
    const accept = (next: CardView) => setView((previous) => (previous && previous.seq >= next.seq ? previous : next));
    const fromOwnTab = (sender: MessageSender) => sender.id === browser.runtime.id && sender.frameId === 0 && sender.tab?.id === tab;
    // Every extension context hears every tab's card: only this tab's top frame (Vetlens's content script) counts.
    const handlers = cardStateHandlers((next, sender) => {
      if (tab === null) pending.push({ sender, view: next });
      else if (fromOwnTab(sender)) accept(next);
    });
    // A broadcast: heard here, answered by none.
    const stopListening = listenForMessages((raw, sender) => void handleRequest(contentToExtension, handlers, raw, sender));
    void browser.tabs.getCurrent().then(async (current) => {
      if (current?.id === undefined) return;
      tab = current.id;
      setTabId(tab);
      for (const item of pending.splice(0)) if (fromOwnTab(item.sender)) accept(item.view);
      const answer = await sendCardToContent(tab, 'hello', {}).catch(() => null);
      if (answer) accept(answer);
    });
    return stopListening;
  }, []);
  return { view, tabId };
}

const REFUSAL_KEYS: Record<Refusal, MessageKey> = {
  focus: 'card_refused_focus',
  covered: 'card_refused_covered',
  hidden: 'card_refused_hidden',
  removed: 'card_refused_hidden',
};

/**
 * The card as the extension's own page draws it, in a frame on the creator's page: the page can
 * neither read it nor press its buttons. Actions go to the tab's content script only after the
 * PersonGuard agrees that the person pressed a button they can see.
 */
export function CardFrame({ i18n }: { i18n: I18n }) {
  const { view, tabId } = useCardView();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // Where the last press was: the tab checks the card there again before it changes the shortlist.
  const lastPoint = useRef({ x: 0, y: 0 });
  const tab = useRef<number | null>(null);
  tab.current = tabId;
  const guard = useMemo(
    () =>
      new PersonGuard(window, async (at) => {
        lastPoint.current = at;
        if (tab.current === null) return { ok: false, pageHid: 'removed' };
        return sendCardToContent(tab.current, 'action', { action: 'check', at });
      }),
    [],
  );
  // A refusal note stays until the creator changes or the next press.
  const creator = view?.state?.status === 'ready' ? view.state.creatorKey : null;
  useEffect(() => setRefusal(null), [creator]);

  const state = view?.state;
  if (!view || !state || state.status === 'none') return null;
  const press = (event: MouseEvent, action: () => void) => {
    setRefusal(null);
    void guard.press(event, action, setRefusal);
  };
  return (
    <Overlay
      state={state}
      i18n={i18n}
      floating={view.layout.floating}
      collapsed={view.layout.collapsed}
      press={press}
      refusal={refusal ? i18n.t(REFUSAL_KEYS[refusal]) : null}
      onCollapse={(value) => void browser.storage.local.set({ [COLLAPSED_KEY]: value }).catch(() => undefined)}
      onToggleShortlist={() => {
        if (tabId !== null) void sendCardToContent(tabId, 'action', { action: 'toggle-shortlist', at: lastPoint.current }).catch(() => undefined);
      }}
      onOpenBriefs={() => void openBriefsPanel(tabId ?? undefined)}
    />
  );
}
