import { defineContentScript } from '#imports';
import { startVetlens } from '../../components/overlay/mount';
import { tiktok } from '../../lib/platforms/tiktok';

export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    return startVetlens(ctx, tiktok);
  },
});
