import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanelApp } from './App';
import { sessionPanelRequests } from './panelRequests';
import type { FirstReads } from './shortlist/firstReads';
import type { Tab } from './tabs';
import type { VetlensDB } from '../../lib/storage/db';
import { createBrowserI18n } from '../../lib/i18n/translate';

/**
 * Draws the side panel over the store its first script opened (entrypoints/sidepanel/main.tsx), taking over
 * the first reads that script started. Loaded apart from that script, so the store answers while this loads.
 */
export function showPanel(start: { db: VetlensDB; initialTab: Tab; firstReads?: FirstReads }): void {
  const i18n = createBrowserI18n(browser.i18n);
  document.documentElement.lang = i18n.locale;
  document.title = i18n.t('sp_title');
  render(
    <SidePanelApp db={start.db} i18n={i18n} initialTab={start.initialTab} requests={sessionPanelRequests()} firstReads={start.firstReads} />,
    document.getElementById('app')!,
  );
}
