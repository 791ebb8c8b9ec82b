import * as z from 'zod/mini';
import { parseCampaign } from '../campaign/schema';
import type { I18n } from '../i18n/translate';
import { creatorKey } from '../snapshot';
import { PROTOTYPE_KEYS, prototypeKeyError, unknownKeysError } from '../import-keys';
import { formatZodError } from '../validation';
import { SCHEMA_VERSION, type VetlensDB } from './db';
import { storageReason } from './errors';
import { ROW_SCHEMAS, STORED_TABLES, inTheFuture, type Row, type StoredTable } from './records';
import { settingRule } from './settings';

/**
 * A full backup of everything Vetlens stores, and a restore that replaces it all or changes
 * nothing: the file is validated whole before anything is touched, and the writes run in one
 * transaction.
 *
 * The file is JSON Lines, so a store of any size fits: a header line, one line per stored row
 * (`{"table": "creators", "row": {…}}`), and an end line with the counts, which tells a complete
 * file from one cut off. It is written as a Blob of many parts and read in chunks, so no single
 * string ever holds the whole store. Version 1 files (one JSON object) are still read.
 */
const BACKUP_FORMAT = 'vetlens-backup';
const BACKUP_VERSION = 2;
const LEGACY_VERSION = 1;

const Iso = z.iso.datetime({ offset: true });

/** Every table is backed up, each row checked by its table's schema (lib/storage/records.ts). */
export type BackupTable = StoredTable;
export const BACKUP_TABLES: readonly BackupTable[] = STORED_TABLES;
/** Tables added after the first backups: a backup written before them has none, which restores as empty. */
const LATER_TABLES: ReadonlySet<BackupTable> = new Set(['resultImports', 'resultMappings', 'verdicts']);

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion: number;
  exportedAt: string;
  tables: { [K in BackupTable]: Array<Row<K>> };
}

const HeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  schemaVersion: z.number().check(z.int(), z.positive(), z.lte(SCHEMA_VERSION)),
  exportedAt: Iso,
});
const LineSchema = z.object({ table: z.enum(BACKUP_TABLES as [BackupTable, ...BackupTable[]]), row: z.unknown() });
const EndSchema = z.object({ end: z.literal(true), counts: z.record(z.string(), z.number()) });
const LegacySchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(LEGACY_VERSION),
  schemaVersion: z.number().check(z.int(), z.positive(), z.lte(SCHEMA_VERSION)),
  exportedAt: Iso,
  tables: z.object(
    Object.fromEntries(BACKUP_TABLES.map((t) => [t, LATER_TABLES.has(t) ? z._default(z.array(z.unknown()), []) : z.array(z.unknown())])) as {
      [K in BackupTable]: z.ZodMiniArray<z.ZodMiniUnknown>;
    },
  ),
});

/**
 * One row checked as restore writes it: its table's schema, then what a schema cannot see alone:
 * a snapshot filed under its own creator and time, and not dated in the future; a campaign that
 * passes the campaign rules under its own id; a setting Vetlens reads with that setting's rule.
 * Returns the row, or `path: expected …`.
 */
function checkRow<T extends BackupTable>(table: T, raw: unknown, now: Date): { ok: true; row: Row<T> } | { ok: false; error: string } {
  const prototypeKey = prototypeKeyError(raw);
  if (prototypeKey) return { ok: false, error: prototypeKey };
  const parsed = ROW_SCHEMAS[table].safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, error: formatZodError(parsed.error, { max: 2 }) };
  const row = parsed.data as Row<T>;
  const future = (iso: string) => inTheFuture(iso, now);
  switch (table) {
    case 'snapshots': {
      const r = row as Row<'snapshots'>;
      let key: string | null = null;
      try {
        key = creatorKey(r.snapshot);
      } catch {
        key = null;
      }
      if (key !== r.creatorKey) return { ok: false, error: `creatorKey: "${r.creatorKey}" is not the snapshot's creator (${key ?? 'no key'})` };
      if (r.capturedAt !== r.snapshot.capturedAt) return { ok: false, error: `capturedAt: expected the snapshot's own time, ${r.snapshot.capturedAt}` };
      if (future(r.capturedAt)) return { ok: false, error: `capturedAt: ${r.capturedAt} is in the future` };
      break;
    }
    case 'creators': {
      const r = row as Row<'creators'>;
      // Filed under its own creator: the key is the one its platform and handle make (lib/snapshot.ts creatorKey).
      const own = r.handle ? `${r.platform}:${r.handle.toLowerCase()}` : null;
      if (own !== null ? r.key !== own : !r.key.startsWith(`${r.platform}:id:`) && !r.key.startsWith(`${r.platform}:url:`))
        return { ok: false, error: `key: "${r.key}" is not the record's creator (${own ?? `${r.platform}:id:… or ${r.platform}:url:…`})` };
      if (future(r.firstSeenAt) || future(r.lastSeenAt)) return { ok: false, error: `lastSeenAt: ${r.lastSeenAt} is in the future` };
      break;
    }
    case 'campaigns': {
      const r = row as Row<'campaigns'>;
      const campaign = parseCampaign(r.campaign);
      if (!campaign.ok) return { ok: false, error: `campaign: ${campaign.error.replace(/\s*\n\s*/g, ' ').slice(0, 300)}` };
      if (campaign.campaign.id !== r.id) return { ok: false, error: `id: expected the campaign's own id, "${campaign.campaign.id}"` };
      return { ok: true, row: { ...r, campaign: campaign.campaign } as Row<T> };
    }
    case 'settings': {
      const r = row as Row<'settings'>;
      if (PROTOTYPE_KEYS.has(r.key)) return { ok: false, error: `key: "${r.key}" is not a setting` };
      const value = settingRule(r.key).safeParse(r.value, { reportInput: true });
      if (!value.success) return { ok: false, error: formatZodError(value.error, { max: 2, prefix: ['value'] }) };
      return { ok: true, row: { ...r, value: value.data } as Row<T> };
    }
  }
  return { ok: true, row };
}

// ---------- Writing ----------

/**
 * Every table in memory, read in one transaction so the copy is one consistent moment: what undo
 * puts back after a restore. Shaped as a version 1 file (one object).
 */
export async function createBackup(db: VetlensDB, now = new Date(), onProgress?: (done: number, total: number) => void): Promise<Backup> {
  const tables = {} as Record<BackupTable, unknown[]>;
  await db.transaction(
    'r',
    BACKUP_TABLES.map((t) => db.table(t)),
    async () => {
      for (const [i, name] of BACKUP_TABLES.entries()) {
        tables[name] = await db.table(name).toArray();
        onProgress?.(i + 1, BACKUP_TABLES.length);
      }
    },
  );
  return { format: BACKUP_FORMAT, version: LEGACY_VERSION, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), tables } as Backup;
}

interface BackupFile {
  /** The file's text in parts, none of them large: `new Blob(parts)` is the file. */
  parts: string[];
  counts: Record<BackupTable, number>;
  exportedAt: string;
}

/**
 * The backup file, row by row from a cursor in one read transaction: no table is loaded whole and
 * no string holds more than about `partChars` characters.
 */
export async function writeBackup(
  db: VetlensDB,
  options: { now?: Date; onProgress?: (done: number, total: number) => void; partChars?: number } = {},
): Promise<BackupFile> {
  const exportedAt = (options.now ?? new Date()).toISOString();
  const partChars = options.partChars ?? 1_000_000;
  const parts: string[] = [];
  let current: string[] = [];
  let currentChars = 0;
  const add = (line: string) => {
    current.push(line, '\n');
    currentChars += line.length + 1;
    if (currentChars >= partChars) {
      parts.push(current.join(''));
      current = [];
      currentChars = 0;
    }
  };
  add(JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: SCHEMA_VERSION, exportedAt }));
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as Record<BackupTable, number>;
  await db.transaction(
    'r',
    BACKUP_TABLES.map((t) => db.table(t)),
    async () => {
      const totals = await Promise.all(BACKUP_TABLES.map((t) => db.table(t).count()));
      const total = totals.reduce((a, b) => a + b, 0);
      let done = 0;
      for (const table of BACKUP_TABLES) {
        await db.table(table).each((row: unknown) => {
          add(JSON.stringify({ table, row }));
          counts[table]++;
          if (++done % 500 === 0) options.onProgress?.(done, total);
        });
      }
      options.onProgress?.(total, total);
    },
  );
  add(JSON.stringify({ end: true, counts }));
  if (current.length) parts.push(current.join(''));
  return { parts, counts, exportedAt };
}

// ---------- Reading ----------

type ParseResult = { ok: true; backup: Backup } | { ok: false; error: string };

function invalid(i18n: I18n, where: string): ParseResult {
  return { ok: false, error: i18n.t('backup_error_invalid', where) };
}

function emptyTables(): Backup['tables'] {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as Backup['tables'];
}

/** Validates a version 1 file (one JSON object) whole; on any problem it says where. */
export function parseBackup(text: string, i18n: I18n, now = new Date()): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: i18n.t('backup_error_not_json') };
  }
  const badKey = prototypeKeyError(json) ?? unknownKeysError(json, ['format', 'version', 'schemaVersion', 'exportedAt', 'tables']);
  if (badKey) return invalid(i18n, badKey);
  const parsed = LegacySchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return invalid(i18n, formatZodError(parsed.error, { max: 2 }));
  const tables = emptyTables();
  for (const table of BACKUP_TABLES) {
    for (const [i, raw] of parsed.data.tables[table].entries()) {
      const row = checkRow(table, raw, now);
      if (!row.ok) return invalid(i18n, `tables.${table}[${i}].${row.error}`);
      (tables[table] as unknown[]).push(row.row);
    }
  }
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: LEGACY_VERSION, schemaVersion: parsed.data.schemaVersion, exportedAt: parsed.data.exportedAt, tables },
  };
}

/** Lines of a stream of UTF-8 bytes, decoded as they arrive; a line longer than `maxLine` is an error. */
async function* lines(stream: ReadableStream<Uint8Array>, maxLine: number): AsyncGenerator<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline !== -1) {
      yield buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
    }
    if (buffer.length > maxLine) throw new RangeError('line too long');
    if (done) break;
  }
  if (buffer.trim()) yield buffer;
}

/** A row never comes near this; a longer line is not a Vetlens backup. */
const MAX_LINE = 64_000_000;
/** Version 1 files are read whole, which a browser can do up to about this size. */
const MAX_LEGACY_BYTES = 400_000_000;

/**
 * Reads a backup file in chunks and checks every row (see `checkRow`); the store is not touched.
 * Version 2 (JSON Lines) of any size; version 1 (one object) up to a few hundred MB.
 */
export async function readBackup(
  file: Blob,
  i18n: I18n,
  options: { now?: Date; onProgress?: (done: number, total: number) => void } = {},
): Promise<ParseResult> {
  const now = options.now ?? new Date();
  const head = await file.slice(0, 4096).text();
  const firstLine = head.split('\n', 1)[0]!.replace(/^\uFEFF/, '');
  let header: unknown = null;
  try {
    header = head.includes('\n') ? JSON.parse(firstLine) : null;
  } catch {
    header = null;
  }
  const version = (header as { format?: unknown; version?: unknown } | null)?.version;
  if ((header as { format?: unknown } | null)?.format !== BACKUP_FORMAT || version === LEGACY_VERSION) {
    if (file.size > MAX_LEGACY_BYTES) return { ok: false, error: i18n.t('backup_error_not_json') };
    return parseBackup((await file.text()).replace(/^\uFEFF/, ''), i18n, now);
  }
  const headerKey = prototypeKeyError(header) ?? unknownKeysError(header, ['format', 'version', 'schemaVersion', 'exportedAt']);
  if (headerKey) return invalid(i18n, i18n.t('backup_error_at_line', 1, headerKey));
  const parsedHeader = HeaderSchema.safeParse(header, { reportInput: true });
  if (!parsedHeader.success) return invalid(i18n, i18n.t('backup_error_at_line', 1, formatZodError(parsedHeader.error, { max: 2 })));
  const tables = emptyTables();
  let number = 0;
  let read = 0;
  let end: z.infer<typeof EndSchema> | null = null;
  try {
    for await (const text of lines(file.stream(), MAX_LINE)) {
      number++;
      read += text.length + 1;
      if (number === 1 || !text.trim()) continue;
      if (end) return invalid(i18n, i18n.t('backup_error_at_line', number, 'expected nothing after the end line'));
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return invalid(i18n, i18n.t('backup_error_at_line', number, 'not valid JSON'));
      }
      const lineKey =
        prototypeKeyError(json) ?? unknownKeysError(json, typeof json === 'object' && json !== null && 'end' in json ? ['end', 'counts'] : ['table', 'row']);
      if (lineKey) return invalid(i18n, i18n.t('backup_error_at_line', number, lineKey));
      if (typeof json === 'object' && json !== null && 'end' in json) {
        const parsedEnd = EndSchema.safeParse(json);
        if (!parsedEnd.success) return invalid(i18n, i18n.t('backup_error_at_line', number, formatZodError(parsedEnd.error, { max: 2 })));
        end = parsedEnd.data;
        continue;
      }
      const line = LineSchema.safeParse(json, { reportInput: true });
      if (!line.success) return invalid(i18n, i18n.t('backup_error_at_line', number, formatZodError(line.error, { max: 2 })));
      const row = checkRow(line.data.table, line.data.row, now);
      if (!row.ok) return invalid(i18n, i18n.t('backup_error_at_line', number, `${line.data.table}: row.${row.error}`));
      (tables[line.data.table] as unknown[]).push(row.row);
      if (number % 1000 === 0) options.onProgress?.(Math.min(read, file.size), file.size);
    }
  } catch (error) {
    if (error instanceof RangeError) return invalid(i18n, i18n.t('backup_error_at_line', number + 1, 'a line far longer than any stored row'));
    throw error;
  }
  // A file cut off while saving or copying has no end line, or fewer rows than it says.
  if (!end || BACKUP_TABLES.some((t) => (end.counts[t] ?? 0) !== tables[t].length)) return { ok: false, error: i18n.t('backup_error_truncated') };
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: parsedHeader.data.schemaVersion,
      exportedAt: parsedHeader.data.exportedAt,
      tables,
    },
  };
}

// ---------- Restoring ----------

type RestoreResult = { ok: true; counts: Record<BackupTable, number> } | { ok: false; error: string };

/** Replaces everything with the backup, in one transaction: all of it, or (on any error) none of it. */
export async function restoreBackup(db: VetlensDB, backup: Backup, i18n: I18n): Promise<RestoreResult> {
  try {
    await db.transaction(
      'rw',
      BACKUP_TABLES.map((t) => db.table(t)),
      async () => {
        for (const name of BACKUP_TABLES) {
          const table = db.table(name);
          await table.clear();
          await table.bulkAdd(backup.tables[name] as never[]);
        }
      },
    );
  } catch (error) {
    return { ok: false, error: i18n.t('backup_error_restore', storageReason(error, i18n)) };
  }
  return { ok: true, counts: Object.fromEntries(BACKUP_TABLES.map((t) => [t, backup.tables[t].length])) as Record<BackupTable, number> };
}
