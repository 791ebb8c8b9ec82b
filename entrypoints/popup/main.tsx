import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';
import { openVetlensDB } from '../../lib/storage/db';
import { createBrowserI18n } from '../../lib/i18n/translate';

const i18n = createBrowserI18n(browser.i18n);
document.documentElement.lang = i18n.locale;
render(<Popup db={openVetlensDB()} i18n={i18n} />, document.getElementById('app')!);
