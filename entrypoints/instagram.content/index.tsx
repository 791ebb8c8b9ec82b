import { defineContentScript } from '#imports';
import { startVetlens } from '../../components/overlay/mount';
import { instagram } from '../../lib/platforms/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    return startVetlens(ctx, instagram);
  },
});
