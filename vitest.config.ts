import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// `vitest run --mode fuzz` (npm run test:fuzz) runs every fuzz mutation; npm test runs a fifth of them.
export default defineConfig(({ mode }) => ({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // Saved pages reference the sites' scripts and styles: never load or run them.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          disableIframePageLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    setupFiles: ['tests/unit/setup.ts'],
    env: mode === 'fuzz' ? { VETLENS_FUZZ_SHARE: '1' } : {},
  },
}));
