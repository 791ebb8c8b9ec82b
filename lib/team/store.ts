import Dexie, { type EntityTable } from 'dexie';
import * as Y from 'yjs';
import { TeamConfigSchema, type TeamConfig } from './config';

/**
 * What the team workspace keeps on this machine, in its own IndexedDB database beside Vetlens' store:
 * the team's settings, the team document's updates (so edits made offline survive a closed panel),
 * and the base: each shared row as this machine last agreed it with the team document, which tells
 * a local edit from a teammate's.
 *
 * Leaving the team deletes this database; the marketer's own data in the Vetlens store stays.
 */

export const TEAM_DB_NAME = 'vetlens-team';
/** Stored updates are merged into one once there are this many. */
const COMPACT_AFTER = 200;

interface ConfigRow {
  key: 'team';
  value: unknown;
}
interface UpdateRow {
  id?: number;
  update: Uint8Array;
}
/** One shared row's leaves as last agreed, each leaf as canonical text (lib/team/layout.ts). */
export interface BaseRow {
  key: string;
  leaves: Record<string, string>;
}

export type TeamDB = Dexie & {
  config: EntityTable<ConfigRow, 'key'>;
  updates: EntityTable<UpdateRow, 'id'>;
  base: EntityTable<BaseRow, 'key'>;
};

export function openTeamDB(name = TEAM_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): TeamDB {
  const db = new Dexie(name, options) as TeamDB;
  db.version(1).stores({ config: 'key', updates: '++id', base: 'key' });
  return db;
}

/** The team this machine belongs to, or null (none set up, or a stored value that no longer passes its rule). */
export async function loadTeamConfig(teamDb: TeamDB): Promise<TeamConfig | null> {
  const parsed = TeamConfigSchema.safeParse((await teamDb.config.get('team'))?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveTeamConfig(teamDb: TeamDB, config: TeamConfig): Promise<void> {
  await teamDb.config.put({ key: 'team', value: TeamConfigSchema.parse(config) });
}

/**
 * Loads the stored team document into `doc` and keeps every later update on disk, in order, through
 * `queue` (the binding's writes of the base go through the same queue, after the updates they follow).
 */
export async function persistDoc(teamDb: TeamDB, doc: Y.Doc, queue: WriteQueue): Promise<() => void> {
  const rows = await teamDb.updates.toArray();
  const LOADING = Symbol('loading');
  Y.transact(doc, () => rows.forEach((row) => Y.applyUpdate(doc, row.update, LOADING)), LOADING);
  if (rows.length > COMPACT_AFTER) {
    const merged = Y.encodeStateAsUpdate(doc);
    void queue.run(() =>
      teamDb.transaction('rw', teamDb.updates, async () => {
        await teamDb.updates.bulkDelete(rows.map((row) => row.id!));
        await teamDb.updates.add({ update: merged });
      }),
    );
  }
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== LOADING) void queue.run(() => teamDb.updates.add({ update }));
  };
  doc.on('update', onUpdate);
  return () => doc.off('update', onUpdate);
}

/** Runs writes one after another, in the order they were asked for. */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private failures = 0;

  run(write: () => Promise<unknown>): Promise<void> {
    const next = this.tail.then(write).then(
      () => undefined,
      () => void this.failures++,
    );
    this.tail = next;
    return next;
  }

  /** Resolves once every write asked for so far is done. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  get failed(): number {
    return this.failures;
  }
}
