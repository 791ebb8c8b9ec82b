import { defineContentScript } from '#imports';
import { startVetlens } from '../../components/overlay/mount';
import { youtube } from '../../lib/platforms/youtube';

export default defineContentScript({
  matches: ['https://www.youtube.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    return startVetlens(ctx, youtube);
  },
});
