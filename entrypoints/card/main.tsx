import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CardFrame } from '../../components/overlay/CardFrame';
import '../../components/overlay/overlay.css';
import { createBrowserI18n } from '../../lib/i18n/translate';

// The card, framed on a creator's page (lib/content/card-host.ts): an extension page the page cannot read.
const i18n = createBrowserI18n(browser.i18n);
document.documentElement.lang = i18n.locale;
render(<CardFrame i18n={i18n} />, document.getElementById('app')!);
