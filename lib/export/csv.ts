import { numberFormat } from '../i18n/format';
import type { I18n } from '../i18n/translate';
import { campaignCsvColumns, type ColumnContext, type CsvColumn } from './csv-columns';
import type { CampaignExport, ExportRow } from './rows';
import { nextTick } from './rows';

/**
 * The campaign CSV: one line per creator, one column per fact, in the order a person reads them
 * (lib/export/csv-columns.ts), headed in the interface language, and an optional totals row. It
 * opens right in any locale's spreadsheet: numbers are unquoted, with a decimal comma when the
 * separator is ";" (the spreadsheets that split on ";" are those that write a decimal comma) and a
 * dot otherwise, never grouped; text is quoted and defused. Scripts read the campaign JSON.
 */
export type CsvSeparator = ',' | ';';

/**
 * The separator a spreadsheet on this computer expects: where numbers take a decimal comma (az, ru,
 * tr, de…), Excel splits columns on ";" and opens a comma-separated file in one column.
 */
export function defaultCsvSeparator(language: string): CsvSeparator {
  try {
    const decimal = numberFormat(language)
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

type Cell = string | number | null;

// Formula triggers (OWASP "CSV Injection"): = + - @ tab and carriage return, and their full-width
// forms, which spreadsheets in East Asian locales read as the same operators.
const TRIGGERS = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20';
const FORMULA_START = new RegExp(`^[${TRIGGERS}]`);
// A separator inside a cell may start a new cell in a spreadsheet that splits on it (Excel in a
// semicolon locale reads `a;=1+1` as two cells), so a trigger right after one is defused as well.
const FORMULA_AFTER_SEPARATOR = new RegExp(`([,;\\t\\r\\n])(?=[${TRIGGERS}])`, 'g');

// Only text holding a trigger character can need defusing: most cells (names, links, statuses) hold none,
// and skip both regular expressions below.
const ANY_TRIGGER = new RegExp(`[${TRIGGERS}]`);

/** A text cell a spreadsheet shows as text: a leading apostrophe before every formula trigger that could start a cell. */
function defuseFormula(text: string): string {
  if (!ANY_TRIGGER.test(text)) return text;
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

export const CSV_BOM = '\uFEFF';

/** A number as a cell: fixed decimals, no grouping, the separator's decimal mark ("1200,50" beside ";"). */
export function numberCell(value: number, digits: number, separator: CsvSeparator): string {
  let fixed = value.toFixed(digits);
  // "-0.00" (a tiny negative rounded away) is written as zero; only a leading "-" can make one.
  if (fixed.charCodeAt(0) === 45) fixed = fixed.replace(/^-(0(?:\.0*)?)$/, '$1');
  return separator === ';' ? fixed.replace('.', ',') : fixed;
}

/** Plain numbers keep their own decimals ("0.25"), in the separator's decimal mark. */
function plainNumber(value: number, separator: CsvSeparator): string {
  const text = String(value);
  return separator === ';' ? text.replace('.', ',') : text;
}

const quoted = (text: string) => `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;

/** One cell as written: text defused (`defuseFormula`) and quoted, numbers bare, empty cells empty. */
function csvCell(cell: Cell, separator: CsvSeparator, digits: number | undefined): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return digits === undefined ? plainNumber(cell, separator) : numberCell(cell, digits, separator);
  }
  return quoted(defuseFormula(cell));
}

/**
 * One CSV line. Text is defused and quoted, so a separator inside it never starts a new cell;
 * numbers are bare, so every spreadsheet reads them as numbers; empty cells stay empty.
 */
function csvLine(cells: readonly Cell[], separator: CsvSeparator, digits: ReadonlyArray<number | undefined> = []): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : separator) + csvCell(cells[i]!, separator, digits[i]);
  return line;
}

/** CSV text for rows (no BOM): text quoted and defused, numbers bare in the separator's decimal mark. */
export function toCsv(
  records: Array<Record<string, Cell>>,
  header: boolean,
  columns: readonly string[],
  delimiter: CsvSeparator = ',',
  headings: readonly string[] = columns,
  /** Fixed decimals for some columns (money: 2); other numbers keep their own. */
  digits: Readonly<Record<string, number>> = {},
): string {
  const fixed = columns.map((c) => digits[c]);
  const lines = records.map((r) =>
    csvLine(
      columns.map((c) => r[c] ?? null),
      delimiter,
      fixed,
    ),
  );
  return (header ? [csvLine(headings, delimiter), ...lines] : lines).join('\r\n');
}

const columnDigits = (columns: readonly CsvColumn[]) => columns.map((c) => (c.kind === 'number' ? (c.digits ?? 2) : undefined));

/**
 * Export rows as CSV lines, each written straight from the columns' values (no table of cells in
 * between: 10,000 creators × 35 columns would be 350,000 short-lived cells).
 */
function writeRows(columns: readonly CsvColumn[], rows: readonly ExportRow[], context: ColumnContext, separator: CsvSeparator): string {
  const digits = columnDigits(columns);
  const lines = new Array<string>(rows.length);
  const cells = new Array<string>(columns.length);
  for (let r = 0; r < rows.length; r++) {
    for (let i = 0; i < columns.length; i++) cells[i] = csvCell(columns[i]!.value(rows[r]!, context), separator, digits[i]);
    lines[r] = cells.join(separator);
  }
  return lines.join('\r\n');
}

/**
 * The campaign CSV, UTF-8 with a BOM so Excel reads non-Latin text right. Written in chunks so a
 * 10,000-creator export keeps the page responsive and reports progress. With `totals`, a last row
 * sums posts, cost, reach, impressions and engagements and gives the campaign's CPM and CPE.
 */
export async function campaignCsv(
  data: CampaignExport,
  options: { i18n: I18n; separator?: CsvSeparator; totals?: boolean; onProgress?: (done: number, total: number) => void; chunk?: number },
): Promise<string> {
  const { i18n, separator = ',', totals = false, onProgress, chunk = 500 } = options;
  const columns = campaignCsvColumns(i18n);
  const context = { i18n, currency: data.campaign.currency };
  const parts: string[] = [
    csvLine(
      columns.map((c) => c.heading),
      separator,
    ),
  ];
  const total = data.rows.length;
  for (let i = 0; i < total; i += chunk) {
    parts.push(writeRows(columns, data.rows.slice(i, i + chunk), context, separator));
    onProgress?.(Math.min(i + chunk, total), total);
    if (i + chunk < total) await nextTick();
  }
  if (totals) {
    const row = columns.map((c, i) => (i === 0 ? i18n.t('csv_total_row') : (c.total?.(data) ?? null)));
    parts.push(csvLine(row, separator, columnDigits(columns)));
  }
  return CSV_BOM + parts.join('\r\n') + '\r\n';
}
