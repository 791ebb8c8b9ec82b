import { browser } from 'wxt/browser';
import { PANEL_REQUEST_KEY } from './messages';

type SidePanelApi = { open(options: { tabId: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/**
 * Opens the side panel (Firefox: the sidebar) on its Briefs tab, from the card's link. The browser
 * opens a panel only during the person's click, so `open` is called at once, before anything is
 * awaited; where the browser still refuses, the same view opens in a tab. Both the worker and the
 * card's page call it, so it sits below both (tests/unit/conventions/layers.test.ts).
 */
export function openBriefsPanel(tabId: number | undefined): Promise<void> {
  const request = browser.storage.session.set({ [PANEL_REQUEST_KEY]: { view: 'briefs', at: Date.now() } }).catch(() => undefined);
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  let opening: Promise<void>;
  try {
    opening = import.meta.env.FIREFOX ? api.sidebarAction!.open() : tabId === undefined ? Promise.reject(new Error('no tab')) : api.sidePanel!.open({ tabId });
  } catch (error) {
    opening = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return Promise.all([request, opening]).then(
    () => undefined,
    async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html#briefs') });
    },
  );
}
