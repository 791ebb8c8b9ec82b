import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Each worker keeps one Chromium with the extension and hands it from test to test reset to a fresh
  // profile's state (tests/e2e/shared-browser.ts), so tests share nothing and can run side by side:
  // two workers keep both cores busy while each waits on its pages. Spread by test, not by file, so
  // one long file does not hold a worker to itself.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
});
