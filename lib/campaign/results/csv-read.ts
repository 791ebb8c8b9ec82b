import Papa from 'papaparse';
import { MAX_IMPORT_ROWS } from './imports';

/**
 * Reads a CSV the marketer exported somewhere else into tables of text cells, keeping each row's
 * line in the file. Knows the shapes of the files it is meant for:
 *  - GA4 report and exploration downloads start with comment lines ("# Start date: 20260301") and
 *    may hold several tables, each after a blank line; the dates are read, every table is returned.
 *    A comment is "#" followed by a space, a dash or nothing: Shopify's order names ("#1001,…")
 *    start rows of data, not comments.
 *  - Spreadsheets in comma-decimal languages separate with ";"; papaparse finds the separator.
 * papaparse reads the whole text in one pass (about a second for the largest file allowed); the
 * slower work after it, mapping and matching, runs in chunks and reports progress.
 */
export interface CsvBlock {
  headers: string[];
  rows: Array<{ line: number; cells: string[] }>;
}

interface CsvFile {
  blocks: CsvBlock[];
  /** Dates the file states for its report ("# Start date: 20260301"), as YYYY-MM-DD. */
  period: { start: string | null; end: string | null } | null;
  delimiter: string;
}

export type CsvReadError =
  | { kind: 'empty' }
  | { kind: 'binary' }
  | { kind: 'too-many-rows'; max: number }
  | { kind: 'too-many-columns'; max: number; line: number }
  | { kind: 'malformed'; line: number; message: string };

/**
 * Far more columns than any export has (a GA4 exploration has a few dozen). A wider file is refused
 * at its first such row: mapping 400,000 headers would hold the side panel for minutes.
 */
export const MAX_COLUMNS = 1000;

type CsvReadResult = { ok: true; file: CsvFile } | { ok: false; error: CsvReadError };

function day(text: string | undefined): string | null {
  const m = text?.trim().match(/^(\d{4})-?(\d{2})-?(\d{2})$/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** GA4's comment lines: "# Account: …", "# ----", "#". Not "#1001,paid,…", an order's row. */
const COMMENT_LINE = /^#(?:[\s-]|$)/;

/** Comment lines become empty lines, so line numbers stay those of the file. */
function stripComments(text: string): { text: string; period: CsvFile['period'] } {
  let start: string | null = null;
  let end: string | null = null;
  let any = false;
  const lines = text.split('\n').map((line) => {
    if (!COMMENT_LINE.test(line)) return line;
    any = true;
    start ??= day(line.match(/^#\s*Start date:\s*(\S+)/i)?.[1]);
    end ??= day(line.match(/^#\s*End date:\s*(\S+)/i)?.[1]);
    return line.endsWith('\r') ? '\r' : '';
  });
  return { text: lines.join('\n'), period: any ? { start, end } : null };
}

const isEmptyRow = (cells: string[]) => cells.every((c) => c.trim() === '');

export function readCsv(raw: string): CsvReadResult {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.slice(0, 4096).includes('\u0000') || text.startsWith('PK\u0003\u0004')) return { ok: false, error: { kind: 'binary' } };
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  const { text: body, period } = stripComments(text);
  const blocks: CsvBlock[] = [];
  let current: CsvBlock | null = null;
  let rowCount = 0;
  let consumed = 0;
  let line = 1;
  let failure: CsvReadError | null = null;
  let delimiter = ',';
  // Without pauses papaparse's cursor is the offset in the text, which gives every row its line.
  Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    step(result, parser) {
      // A row starts where the previous one ended; papaparse's cursor counts its line break too.
      const startAt = consumed;
      const rowLine = line;
      consumed = result.meta.cursor;
      delimiter = result.meta.delimiter;
      for (let i = startAt; i < consumed; i++) if (body.charCodeAt(i) === 10) line++;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        failure = { kind: 'malformed', line: rowLine, message: quoteError.message };
        parser.abort();
        return;
      }
      if (result.data.length > MAX_COLUMNS) {
        failure = { kind: 'too-many-columns', max: MAX_COLUMNS, line: rowLine };
        parser.abort();
        return;
      }
      const cells = result.data.map((c) => String(c));
      if (isEmptyRow(cells)) {
        current = null;
        return;
      }
      if (!current) {
        current = { headers: cells.map((c) => c.trim()), rows: [] };
        blocks.push(current);
        return;
      }
      if (++rowCount > MAX_IMPORT_ROWS) {
        failure = { kind: 'too-many-rows', max: MAX_IMPORT_ROWS };
        parser.abort();
        return;
      }
      current.rows.push({ line: rowLine, cells });
    },
  });
  if (failure) return { ok: false, error: failure };
  if (blocks.length === 0) return { ok: false, error: { kind: 'empty' } };
  return { ok: true, file: { blocks, period, delimiter } };
}
