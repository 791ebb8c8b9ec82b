import { readCsv, type CsvBlock, type CsvReadError } from './csv-read';
import { ResultImportSchema, textHash, type ColumnMapping, type ResultImport } from './imports';
import { detectMapping, guessMapping, headerSignature, pickBlock } from './mapping';
import { mapRows, type MappingError } from './rows';

/**
 * One results file from arrival to a record ready to store: read, its table chosen, its columns
 * mapped (known exports and Vetlens's own columns without asking; otherwise the remembered mapping
 * for files with the same columns, or a guess the marketer confirms), its rows read, and the whole
 * record validated before anything is written.
 */
export const MAX_RESULTS_FILE_BYTES = 30 * 1024 * 1024;

export interface PreparedFile {
  fileName: string;
  fileHash: string;
  block: CsvBlock;
  delimiter: string;
  period: ResultImport['period'];
  signature: string;
  /** Recognised from the headers: a known export or Vetlens's own columns. */
  detected: ColumnMapping | null;
  guess: ColumnMapping;
}

export type ImportError = { kind: 'read'; error: CsvReadError } | { kind: 'map'; error: MappingError } | { kind: 'invalid'; message: string };

export function prepareFile(text: string, fileName: string): { ok: true; file: PreparedFile } | { ok: false; error: ImportError } {
  const read = readCsv(text);
  if (!read.ok) return { ok: false, error: { kind: 'read', error: read.error } };
  const block = pickBlock(read.file.blocks);
  const detected = detectMapping(block.headers);
  return {
    ok: true,
    file: {
      fileName: fileName.slice(0, 300),
      fileHash: textHash(text),
      block,
      delimiter: read.file.delimiter,
      period: read.file.period,
      signature: headerSignature(block.headers),
      detected,
      guess: detected ?? guessMapping(block),
    },
  };
}

/** The record to store for a prepared file under a mapping; validated whole, or an error and nothing. */
export function buildImport(
  file: PreparedFile,
  mapping: ColumnMapping,
  meta: { id: string; campaignId: string; now: Date },
): { ok: true; record: ResultImport } | { ok: false; error: ImportError } {
  const mapped = mapRows(file.block, mapping, file.delimiter);
  if (!mapped.ok) return { ok: false, error: { kind: 'map', error: mapped.error } };
  const record = {
    id: meta.id,
    campaignId: meta.campaignId,
    fileName: file.fileName,
    fileHash: file.fileHash,
    importedAt: meta.now.toISOString(),
    mapping: { ...mapping, decimal: mapping.decimal === 'auto' ? mapped.mapped.decimal : mapping.decimal },
    period: file.period,
    rows: mapped.mapped.rows,
    skipped: mapped.mapped.skipped,
    skippedCount: mapped.mapped.skippedCount,
  };
  const parsed = ResultImportSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { kind: 'invalid', message: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid' } };
  }
  return { ok: true, record: parsed.data };
}

export function newImportId(now: Date, random: () => number = Math.random): string {
  return `imp-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}
