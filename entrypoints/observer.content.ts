import { defineContentScript } from '#imports';
import { installResponseObserver } from '../lib/content/observer';

// MAIN world, document_start: sees the page's own responses before its scripts read them.
export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*', 'https://www.youtube.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installResponseObserver(window);
  },
});
