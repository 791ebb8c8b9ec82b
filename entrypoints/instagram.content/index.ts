import { defineContentScript } from '#imports';
import { bootVetlens } from '../../lib/content/boot';

// Only a starter runs while the page loads; the reader (lib/content/readers/instagram.ts) loads after it.
export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    bootVetlens(ctx, 'instagram');
  },
});
