import { defineConfig } from 'vitest/config';

// The team workspace's Node-side tests: the binding over fake IndexedDB, the server, the load of 20 members.
export default defineConfig({
  test: {
    include: ['tests/team/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    // The load test starts a server and 20 clients on loopback: bounded, but more than a unit test's second.
    testTimeout: 60_000,
  },
});
