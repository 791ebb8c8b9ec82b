import Dexie, { type EntityTable } from 'dexie';
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

interface ConfigRow {
  key: 'team';
  value: unknown;
}
export interface UpdateRow {
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

/** Leaves the team: forgets its settings and its document on this machine. The store's records stay. */
export async function forgetTeam(teamDb: TeamDB): Promise<void> {
  await teamDb.delete();
}
