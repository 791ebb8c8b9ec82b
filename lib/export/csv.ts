import { numberFormat } from '../i18n/format';
import type { I18n } from '../i18n/translate';
import { campaignCsvColumns, type CsvCell, type CsvColumn } from './csv-columns';
import type { CampaignExport } from './rows';
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

/** A text cell a spreadsheet shows as text: a leading apostrophe before every formula trigger that could start a cell. */
function defuseFormula(text: string): string {
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

export const CSV_BOM = '\uFEFF';

/** A number as a cell: fixed decimals, no grouping, the separator's decimal mark ("1200,50" beside ";"). */
export function numberCell(value: number, digits: number, separator: CsvSeparator): string {
  const fixed = value.toFixed(digits).replace(/^-(0(?:\.0*)?)$/, '$1');
  return separator === ';' ? fixed.replace('.', ',') : fixed;
}

/** Plain numbers keep their own decimals ("0.25"), in the separator's decimal mark. */
function plainNumber(value: number, separator: CsvSeparator): string {
  const text = String(value);
  return separator === ';' ? text.replace('.', ',') : text;
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * One CSV line. Text is defused (`defuseFormula`) and quoted, so a separator inside it never starts
 * a new cell; numbers are bare, so every spreadsheet reads them as numbers; empty cells stay empty.
 */
function csvLine(cells: readonly Cell[], separator: CsvSeparator, digits: ReadonlyArray<number | undefined> = []): string {
  return cells
    .map((cell, i) => {
      if (cell === null || cell === '') return '';
      if (typeof cell === 'number') {
        if (!Number.isFinite(cell)) return '';
        const fixed = digits[i];
        return fixed === undefined ? plainNumber(cell, separator) : numberCell(cell, fixed, separator);
      }
      return quoted(defuseFormula(cell));
    })
    .join(separator);
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

/** Rows of cells under the columns' headings; numbers with each column's decimals. */
function writeTable(columns: readonly CsvColumn[], rows: CsvCell[][], header: boolean, separator: CsvSeparator): string {
  const digits = columns.map((c) => (c.kind === 'number' ? (c.digits ?? 2) : undefined));
  const lines = rows.map((cells) => csvLine(cells, separator, digits));
  return (
    header
      ? [
          csvLine(
            columns.map((c) => c.heading),
            separator,
          ),
          ...lines,
        ]
      : lines
  ).join('\r\n');
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
  const parts: string[] = [];
  const total = data.rows.length;
  if (total === 0) parts.push(writeTable(columns, [], true, separator));
  for (let i = 0; i < total; i += chunk) {
    const rows = data.rows.slice(i, i + chunk).map((row) => columns.map((c) => c.value(row, context)));
    parts.push(writeTable(columns, rows, i === 0, separator));
    onProgress?.(Math.min(i + chunk, total), total);
    if (i + chunk < total) await nextTick();
  }
  if (totals) {
    const row = columns.map((c, i) => (i === 0 ? i18n.t('csv_total_row') : (c.total?.(data) ?? null)));
    parts.push(writeTable(columns, [row], false, separator));
  }
  return CSV_BOM + parts.join('\r\n') + '\r\n';
}
