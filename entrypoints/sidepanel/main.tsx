import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanelApp } from '../../components/sidepanel/App';
import { sessionPanelRequests } from '../../components/sidepanel/panelRequests';
import { openVetlensDB } from '../../lib/storage/db';
import { createBrowserI18n } from '../../lib/i18n/translate';
import './style.css';

const i18n = createBrowserI18n(browser.i18n);
document.documentElement.lang = i18n.locale;
document.title = i18n.t('sp_title');
const db = openVetlensDB();
// Opening the store (a round trip to the browser's IndexedDB) overlaps the first render; a failure
// shows where the panel's first query meets it, with the reason.
db.open().catch(() => undefined);
render(<SidePanelApp db={db} i18n={i18n} initialTab={location.hash.slice(1)} requests={sessionPanelRequests()} />, document.getElementById('app')!);
