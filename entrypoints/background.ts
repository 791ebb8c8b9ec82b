import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import type { ActionApi } from '../lib/background/badge';
import { brandFitScriptLoader } from '../lib/background/brand-fit-script';
import { openBriefsPanel } from '../lib/open-briefs';
import { sessionRateStore } from '../lib/background/rates';
import { workerListener } from '../lib/background/listener';
import { announceWorkerToCard, listenForMessages } from '../lib/protocol/send';
import { openVetlensDB } from '../lib/storage/db';
import { createBrowserI18n } from '../lib/i18n/translate';
import { CONTENT_HOSTS } from '../lib/platforms/hosts';

export default defineBackground(() => {
  const deps = {
    db: openVetlensDB(),
    i18n: createBrowserI18n(browser.i18n),
    extensionId: browser.runtime.id,
    contentHosts: CONTENT_HOSTS,
    loadBrandFit: brandFitScriptLoader(),
    openBriefs: openBriefsPanel,
    // No card may be listening (the tab closed, its frame not loaded yet): the content script's relay still comes.
    tellCard: (scored: Parameters<typeof announceWorkerToCard<'scored'>>[1]) => void announceWorkerToCard('scored', scored).catch(() => undefined),
    // Flood limits outlive the worker being stopped (lib/background/rates.ts).
    rateStore: browser.storage?.session ? sessionRateStore(browser.storage.session) : undefined,
  };
  const action = (browser as unknown as { action?: ActionApi }).action;
  listenForMessages(workerListener({ ...deps, action }));
  if (!import.meta.env.FIREFOX) {
    // Clicking the toolbar icon opens the popup; the side panel opens from the popup's button.
    void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
  }
});
