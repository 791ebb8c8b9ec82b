import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closePagesOfFile } from './helpers/saved-pages';

/*
 * Test files share their worker's modules (`isolate: false` in vitest.config.ts), and this file runs
 * before each of them: each starts from its own empty IndexedDB, and leaves no spy, stubbed global or
 * fake clock behind for the next. Dexie reads its IndexedDB when a database is constructed, from
 * `Dexie.dependencies`, so both it and the global are given the new one.
 */
const indexedDB = new IDBFactory();
globalThis.indexedDB = indexedDB;
Dexie.dependencies.indexedDB = indexedDB;

beforeEach(() => {
  fakeBrowser.reset();
});

afterAll(async () => {
  await closePagesOfFile();
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});
