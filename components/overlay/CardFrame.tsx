import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openBriefsPanel } from '../../lib/open-briefs';
import { COLLAPSED_KEY, isFromWorker, type CardView } from '../../lib/card-messages';
import { contentToExtension, workerToCard } from '../../lib/protocol/channels';
import { handleRequest, messageName, type Handlers, type MessageSender, type Request } from '../../lib/protocol/define';
import { listenForMessages, sendCardToContent } from '../../lib/protocol/send';
import type { I18n } from '../../lib/i18n/translate';
import { PersonGuard, type Refusal } from './guard';
import { Overlay } from './Overlay';
import { warmFormatters } from './warm';
import { NO_SOURCES, mergeCardView, withContentView, withScored, type CardSources } from './card-view';
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

/** What the card frame does with the worker's scored states: hands each checked one on (a broadcast: no answer). */
export function scoredHandlers(
  receive: (scored: Request<typeof workerToCard, 'scored'>, sender: MessageSender) => void,
): Handlers<typeof workerToCard, MessageSender> {
  return {
    scored(scored, sender) {
      receive(scored, sender);
      return undefined;
    },
  };
}

/** The script of Vetlens's service worker, the only sender of scored states the card takes. */
function workerPath(): string {
  const background = browser.runtime.getManifest().background;
  return background && 'service_worker' in background ? background.service_worker : '';
}

/** Whether a raw message names this tab, looked at before the message is parsed (every tab's card hears every broadcast). */
function namesTab(raw: unknown, tab: number): boolean {
  return typeof raw === 'object' && raw !== null && 'tab' in raw && raw.tab === tab;
}

/**
 * The card's tab, and what its two senders say of it (components/overlay/card-view.ts): the content
 * script's views (first the answer to "hello", then every one it announces) and the worker's scored
 * states, each in its own order.
 */
function useCardView(): { view: CardView | null; tabId: number | null } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [sources, setSources] = useState<CardSources>(NO_SOURCES);
  useEffect(() => {
    let tab: number | null = null;
    const pending: Array<{ sender: MessageSender; view: CardView }> = [];
    const pendingScored: Array<{ sender: MessageSender; scored: Request<typeof workerToCard, 'scored'> }> = [];
    const accept = (next: CardView) => setSources((previous) => withContentView(previous, next));
    const fromOwnTab = (sender: MessageSender) => sender.id === browser.runtime.id && sender.frameId === 0 && sender.tab?.id === tab;
    // Every extension context hears every tab's card: only this tab's top frame (Vetlens's content script) counts.
    const views = cardStateHandlers((next, sender) => {
      if (tab === null) pending.push({ sender, view: next });
      else if (fromOwnTab(sender)) accept(next);
    });
    const fromWorker = workerPath();
    // Only the worker's, for this tab: a content script or another extension page cannot speak for it.
    const takeScored = (next: Request<typeof workerToCard, 'scored'>, sender: MessageSender) => {
      if (next.tab === tab && isFromWorker(sender, browser.runtime.id, fromWorker)) setSources((previous) => withScored(previous, next));
    };
    const scored = scoredHandlers((next, sender) => {
      if (tab === null) pendingScored.push({ sender, scored: next });
      else takeScored(next, sender);
    });
    // Broadcasts: heard here, answered by none. Another tab's are dropped before they are parsed.
    const stopListening = listenForMessages((raw, sender) => {
      if (messageName(workerToCard, raw) !== null) {
        if (tab === null || namesTab(raw, tab)) void handleRequest(workerToCard, scored, raw, sender);
      } else if (tab === null || fromOwnTab(sender)) void handleRequest(contentToExtension, views, raw, sender);
      return undefined;
    });
    void browser.tabs.getCurrent().then(async (current) => {
      if (current?.id === undefined) return;
      tab = current.id;
      setTabId(tab);
      for (const item of pending.splice(0)) if (fromOwnTab(item.sender)) accept(item.view);
      for (const item of pendingScored.splice(0)) takeScored(item.scored, item.sender);
      const answer = await sendCardToContent(tab, 'hello', {}).catch(() => null);
      if (answer) accept(answer);
    });
    return stopListening;
  }, []);
  const view = useMemo(() => mergeCardView(sources), [sources]);
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
  // While the card says "loading", the formatters its scores need are built in the frame's idle time.
  useEffect(() => {
    const id = requestIdleCallback(() => warmFormatters(i18n.locale), { timeout: 500 });
    return () => cancelIdleCallback(id);
  }, [i18n]);
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
