import { parseCampaign } from '../campaign/schema';
import { ROW_SCHEMAS, type StoredTable } from '../storage/records';

/**
 * Which of Vetlens' tables the team shares, and what of each row stays on this machine.
 * docs/team.md says why each is (or is not) shared.
 */
export interface SharedTable {
  name: StoredTable;
  /** Fields that describe this machine only: never sent, and kept (or defaulted) when a teammate's row arrives. */
  localOnly: Record<string, unknown>;
}

export const SHARED_TABLES: readonly SharedTable[] = [
  { name: 'shortlists', localOnly: {} },
  { name: 'shortlistEntries', localOnly: {} },
  // The latest reading of a creator travels with the marketer's tags, notes and status; the visits
  // behind it (the snapshots table) stay here, and so does their count.
  { name: 'creators', localOnly: { snapshotCount: 0 } },
  { name: 'briefs', localOnly: {} },
  { name: 'campaigns', localOnly: {} },
  { name: 'resultImports', localOnly: {} },
  // The marketer's verdicts on flags: a teammate's "explained" shows as explained for everyone.
  { name: 'verdicts', localOnly: {} },
];

export const SHARED_TABLE_NAMES: readonly StoredTable[] = SHARED_TABLES.map((table) => table.name);

/**
 * A teammate's row checked by the same rules as every other writer's (lib/storage/records.ts), and
 * a campaign's document by the campaign schema. Returns the row as stored, or null when it fails.
 */
export function checkSharedRow(table: StoredTable, row: unknown): Record<string, unknown> | null {
  const parsed = ROW_SCHEMAS[table].safeParse(row);
  if (!parsed.success) return null;
  if (table === 'campaigns' && !parseCampaign((parsed.data as { campaign: unknown }).campaign).ok) return null;
  return parsed.data;
}
