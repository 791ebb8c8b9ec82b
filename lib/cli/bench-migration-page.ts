import { timedUpgradeFromVersion1, version1Store } from './bench-migration';

/**
 * Bundled into the page bench-migration-chromium.ts opens: the Node migration figure's work, run in
 * Chromium's IndexedDB. `benchMigration()` seeds a version-1 store and returns the upgrade's milliseconds.
 */
declare global {
  interface Window {
    benchMigration(): Promise<number>;
  }
}

window.benchMigration = async () => timedUpgradeFromVersion1(await version1Store());
