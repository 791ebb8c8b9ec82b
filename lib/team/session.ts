import * as Y from 'yjs';
import type { VetlensDB } from '../storage/db';
import { TeamBinding } from './binding';
import type { TeamConfig } from './config';
import { connectTeam, type TeamConnection, type TeamStatus } from './connection';
import { materialize, readRows, readStamp, type RowStamp } from './layout';
import { persistDoc, WriteQueue } from './persist';
import type { TeamDB } from './store';
import { SHARED_TABLE_NAMES } from './tables';
import type { StoredTable } from '../storage/records';

/**
 * A running team workspace in the side panel: the team document (kept on this machine), its
 * binding to the Vetlens store, and the connection to the team's server. Nothing here runs, and no
 * connection is opened, unless the marketer has set up or joined a team.
 */

export interface RecentChange {
  table: StoredTable;
  rowKey: string;
  /** A name for the record: a list's or campaign's name, a creator's handle. */
  label: string;
  by: string;
  at: string;
  /** False when the row was deleted since. */
  present: boolean;
}

export class TeamSession {
  private constructor(
    readonly config: TeamConfig,
    private readonly doc: Y.Doc,
    private readonly binding: TeamBinding,
    private readonly connection: TeamConnection,
    private readonly unpersist: () => void,
  ) {}

  static async start(db: VetlensDB, teamDb: TeamDB, config: TeamConfig, WebSocketPolyfill?: unknown): Promise<TeamSession> {
    const doc = new Y.Doc();
    const queue = new WriteQueue();
    const unpersist = await persistDoc(teamDb, doc, queue);
    const binding = new TeamBinding(db, teamDb, doc, queue, (): RowStamp => ({ by: config.member, at: new Date().toISOString() }));
    await binding.start();
    const connection = connectTeam({ server: config.server, workspace: config.workspace, secret: config.secret, doc, WebSocketPolyfill });
    return new TeamSession(config, doc, binding, connection, unpersist);
  }

  status(): TeamStatus {
    return this.connection.status();
  }

  onStatus(listener: (status: TeamStatus) => void): () => void {
    return this.connection.onStatus(listener);
  }

  /** Calls `listener` whenever the team document changes (a teammate's edit or one of ours). */
  onChange(listener: () => void): () => void {
    this.doc.on('update', listener);
    return () => this.doc.off('update', listener);
  }

  /** The records changed last, newest first. */
  recentChanges(limit: number): RecentChange[] {
    const changes: RecentChange[] = [];
    for (const table of SHARED_TABLE_NAMES) {
      for (const [rowKey, entries] of readRows(this.doc.getMap(`table:${table}`))) {
        const stamp = readStamp(entries);
        if (!stamp) continue;
        const row = materialize(entries);
        changes.push({ table, rowKey, label: labelOf(row, rowKey), by: stamp.by, at: stamp.at, present: row !== null });
      }
    }
    return changes.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  }

  /** Rows teammates sent that this store's rules refused. */
  get refused(): number {
    return this.binding.report.refused;
  }

  close(): void {
    this.connection.close();
    this.binding.stop();
    this.unpersist();
    this.doc.destroy();
  }
}

function labelOf(row: Record<string, unknown> | null, rowKey: string): string {
  const nested = (field: string) => (row?.[field] as { name?: unknown } | undefined)?.name;
  const candidates = [nested('campaign'), nested('brief'), row?.name, row?.handle, row?.creatorKey, row?.fileName];
  const found = candidates.find((value): value is string => typeof value === 'string' && value !== '');
  if (found) return found;
  try {
    const key = JSON.parse(rowKey) as unknown;
    return Array.isArray(key) ? key.join(' · ') : String(key);
  } catch {
    return rowKey;
  }
}
