import Dexie, { type Table } from 'dexie';
import type * as Y from 'yjs';
import type { VetlensDB } from '../storage/db';
import { PRESENCE, canonical, dataLeaves, deleteRow, flattenRow, patchRow, putRow, readRows, unflattenRow, type Leaves, type RowStamp } from './layout';
import type { TeamDB } from './store';
import type { WriteQueue } from './persist';
import { SHARED_TABLES, checkSharedRow, type SharedTable } from './tables';

/**
 * Keeps the shared tables of the Vetlens store and the team's Yjs document in step, both ways.
 *
 * The store stays the one place every screen reads and writes (the background worker, the side
 * panel, a restored backup): the binding compares each shared row three ways, as stored here, as
 * in the team document, and as last agreed (the base), leaf by leaf. A leaf changed only here goes to
 * the team document; a leaf changed only in the document (a teammate's edit, merged by Yjs) comes
 * into the store, checked by the store's own row rules. A leaf both changed keeps this machine's
 * value, which then goes to the team. A row deleted on one side is deleted on the other.
 *
 * Runs are serial and coalesce: any change to a shared table (in any of the extension's pages, via
 * Dexie's cross-context notifications) or to the document asks for one more run.
 */

export const LOCAL_ORIGIN = 'vetlens-local';

type TableRows = Map<string, { row: Record<string, unknown>; leaves: Leaves }>;

export interface BindingReport {
  /** Rows a teammate sent that this store's rules refused (kept out of the store). */
  refused: number;
}

export class TeamBinding {
  private base = new Map<string, Map<string, string>>();
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private unsubscribe: Array<() => void> = [];
  readonly report: BindingReport = { refused: 0 };

  constructor(
    private readonly db: VetlensDB,
    private readonly teamDb: TeamDB,
    private readonly doc: Y.Doc,
    private readonly queue: WriteQueue,
    private readonly stamp: () => RowStamp,
  ) {}

  async start(): Promise<void> {
    for (const row of await this.teamDb.base.toArray()) this.base.set(row.key, new Map(Object.entries(row.leaves)));
    const dbPrefix = `idb://${this.db.name}/`;
    const watched = new Set(SHARED_TABLES.map((table) => `${dbPrefix}${table.name}/`));
    const onStore = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => part === 'all' || [...watched].some((prefix) => part.startsWith(prefix)))) void this.sync();
    };
    Dexie.on('storagemutated', onStore);
    this.unsubscribe.push(() => Dexie.on('storagemutated').unsubscribe(onStore));
    const onDoc = (_update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL_ORIGIN) void this.sync();
    };
    this.doc.on('update', onDoc);
    this.unsubscribe.push(() => this.doc.off('update', onDoc));
    await this.sync();
  }

  stop(): void {
    this.stopped = true;
    for (const off of this.unsubscribe.splice(0)) off();
  }

  /** Runs once more (after a run in progress); resolves when the store and the document agree as of the call. */
  sync(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.reconcile();
        } while (this.again && !this.stopped);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async reconcile(): Promise<void> {
    const tables = SHARED_TABLES.map((shared) => this.db.table<Record<string, unknown>, unknown>(shared.name));
    const baseChanges = new Map<string, Map<string, string> | null>();
    await this.db.transaction('rw', tables, async () => {
      const stored = await Promise.all(tables.map((table) => table.toArray()));
      const writes: Array<{ table: Table<Record<string, unknown>, unknown>; put: Record<string, unknown>[]; remove: unknown[] }> = [];
      // Decided and written to the document in one synchronous step, so no teammate's update lands in
      // between; outside this transaction's zone, since the document's listeners (the provider, the
      // persistence) run their own work.
      Dexie.ignoreTransaction(() =>
        this.doc.transact(() => {
          SHARED_TABLES.forEach((shared, index) => {
            const table = tables[index]!;
            const write = { table, put: [] as Record<string, unknown>[], remove: [] as unknown[] };
            this.reconcileTable(shared, table, stored[index]!, write, baseChanges);
            writes.push(write);
          });
        }, LOCAL_ORIGIN),
      );
      for (const write of writes) {
        if (write.remove.length) await write.table.bulkDelete(write.remove);
        if (write.put.length) await write.table.bulkPut(write.put);
      }
    });
    // The base moves only once the store holds what it describes; it is written after the document's
    // updates it follows (one queue), so a crash between the two never mistakes a teammate's edit for ours.
    for (const [key, leaves] of baseChanges) {
      if (leaves) this.base.set(key, leaves);
      else this.base.delete(key);
    }
    if (baseChanges.size)
      void this.queue.run(() =>
        this.teamDb.transaction('rw', this.teamDb.base, async () => {
          const gone = [...baseChanges].filter(([, leaves]) => !leaves).map(([key]) => key);
          const kept = [...baseChanges].flatMap(([key, leaves]) => (leaves ? [{ key, leaves: Object.fromEntries(leaves) }] : []));
          if (gone.length) await this.teamDb.base.bulkDelete(gone);
          if (kept.length) await this.teamDb.base.bulkPut(kept);
        }),
      );
  }

  private reconcileTable(
    shared: SharedTable,
    table: Table<Record<string, unknown>, unknown>,
    stored: Record<string, unknown>[],
    write: { put: Record<string, unknown>[]; remove: unknown[] },
    baseChanges: Map<string, Map<string, string> | null>,
  ): void {
    const map = this.doc.getMap<unknown>(`table:${shared.name}`);
    const keyPath = table.schema.primKey.keyPath;
    const primaryKey = (row: Record<string, unknown>) => (Array.isArray(keyPath) ? keyPath.map((path) => row[path]) : row[keyPath as string]);
    const local: TableRows = new Map();
    for (const row of stored) {
      const sharedPart = Object.fromEntries(Object.entries(row).filter(([field]) => !(field in shared.localOnly)));
      local.set(JSON.stringify(primaryKey(row)), { row, leaves: flattenRow(sharedPart) });
    }
    const remote = readRows(map);
    const prefix = `${shared.name}\u0000`;
    const baseKeys = [...this.base.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
    for (const rowKey of new Set([...local.keys(), ...remote.keys(), ...baseKeys])) {
      const baseKey = prefix + rowKey;
      const base = this.base.get(baseKey) ?? null;
      const mine = local.get(rowKey) ?? null;
      const entries = remote.get(rowKey);
      const theirs = entries?.get(PRESENCE) === true ? dataLeaves(entries) : null;
      const pull = (leaves: Leaves): boolean => {
        const checked = checkSharedRow(shared.name, { ...unflattenRow(leaves), ...localPart(shared, mine?.row) });
        if (!checked) {
          this.report.refused++;
          return false;
        }
        write.put.push(checked);
        return true;
      };
      if (!mine && !theirs) {
        if (base) baseChanges.set(baseKey, null);
      } else if (mine && !theirs) {
        if (base) {
          // A teammate deleted it.
          write.remove.push(primaryKey(mine.row));
          baseChanges.set(baseKey, null);
        } else {
          putRow(map, rowKey, mine.leaves, this.stamp(), entries);
          baseChanges.set(baseKey, canonicalLeaves(mine.leaves));
        }
      } else if (!mine && theirs) {
        if (base) {
          // Deleted here: gone for the team too (Undo puts it back as a new row for everyone).
          deleteRow(map, rowKey, entries!);
          baseChanges.set(baseKey, null);
        } else if (pull(theirs)) {
          baseChanges.set(baseKey, canonicalLeaves(theirs));
        }
      } else {
        this.mergeRow(map, rowKey, mine!.leaves, theirs!, base, pull, (leaves) => baseChanges.set(baseKey, leaves));
      }
    }
  }

  private mergeRow(
    map: Y.Map<unknown>,
    rowKey: string,
    mine: Leaves,
    theirs: Leaves,
    base: Map<string, string> | null,
    pull: (leaves: Leaves) => boolean,
    setBase: (leaves: Map<string, string>) => void,
  ): void {
    const merged: Leaves = new Map();
    const toTeam = new Map<string, unknown>();
    let fromTeam = false;
    for (const path of new Set([...mine.keys(), ...theirs.keys(), ...(base?.keys() ?? [])])) {
      const here = mine.get(path);
      const there = theirs.get(path);
      const [hereText, thereText, baseText] = [mine.has(path) ? canonical(here) : undefined, theirs.has(path) ? canonical(there) : undefined, base?.get(path)];
      let keepMine: boolean;
      if (hereText === thereText) keepMine = true;
      else if (base && thereText === baseText) keepMine = true;
      else if (base && hereText === baseText) keepMine = false;
      // Both changed since they last agreed: this machine's value is the newer word. With no base yet
      // (a member's first sync), the team's value wins and what only this machine has is added.
      else keepMine = base !== null || thereText === undefined;
      if (keepMine) {
        if (hereText !== thereText) toTeam.set(path, here);
        if (hereText !== undefined) merged.set(path, here);
      } else {
        fromTeam = true;
        if (thereText !== undefined) merged.set(path, there);
      }
    }
    if (toTeam.size) patchRow(map, rowKey, toTeam, this.stamp());
    if (fromTeam && !pull(merged)) return;
    setBase(canonicalLeaves(merged));
  }
}

function localPart(shared: SharedTable, row: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.keys(shared.localOnly).map((field) => [field, row && field in row ? row[field] : shared.localOnly[field]]));
}

function canonicalLeaves(leaves: Leaves): Map<string, string> {
  return new Map([...leaves].map(([path, value]) => [path, canonical(value)]));
}
