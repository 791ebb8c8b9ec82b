import { defineConfig } from '@playwright/test';

// `npm run test:team`'s browser half: two profiles with the built extension and the team server on loopback.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
});
