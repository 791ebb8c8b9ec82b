import { openingTab } from '../../components/sidepanel/tabs';
import { startFirstReads } from '../../components/sidepanel/shortlist/firstReads';
import { openVetlensDB } from '../../lib/storage/db';
import './style.css';

// The store opens, and the shortlists tab's first reads start, while the panel's interface (Preact, the
// tabs, the message catalogues, the schemas) still loads: it is imported apart, below, so the store's
// round trips overlap its loading instead of following it. A failure to open shows where the tab meets it.
const initialTab = openingTab(location.hash.slice(1));
const db = openVetlensDB();
db.open().catch(() => undefined);
const firstReads = initialTab === 'shortlists' ? startFirstReads(db) : undefined;
void import('../../components/sidepanel/showPanel').then(({ showPanel }) => showPanel({ db, initialTab, firstReads }));
