import { createReadStream, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { NestsTooDeepError, openParsedPage, openSavedPage, parseSavedPage } from './saved-page';
import { nodeI18n } from '../i18n/node';
import type { I18n } from '../i18n/translate';
import type { BrandBrief } from '../brief';
import {
  MAX_ELEMENT_DEPTH,
  MAX_PAGE_BYTES,
  VetError,
  elementDepth,
  looksBinary,
  parseBrief,
  parseCapturedAt,
  parseUrlOption,
  vetDocument,
  vetJsonlLine,
  vetSnapshotJson,
} from './vet-core';

const USAGE = 'usage: npm run vet -- <page.html | snapshot.json | snapshots.jsonl> [--url <page url>] [--brand <brief.json>] [--captured-at <ISO time>]';

/** Writes a line, waiting when the reader is slower than we are (memory stays flat on huge inputs). */
async function writeLine(text: string): Promise<void> {
  if (!process.stdout.write(`${text}\n`)) await once(process.stdout, 'drain');
}

/** Bytes of a file that exists (a pipe counts as 0), or a one-line reason. */
function fileSize(path: string): number {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new VetError(`cannot read ${path}: it is a folder`);
    return stat.size;
  } catch (error) {
    if (error instanceof VetError) throw error;
    throw new VetError(`cannot read ${path}`);
  }
}

function readSmall(path: string, what: string): Buffer {
  const size = fileSize(path);
  if (size > MAX_PAGE_BYTES) {
    throw new VetError(
      `${path} is ${Math.round(size / 1024 / 1024)} MB; ${what} is at most ${MAX_PAGE_BYTES / 1024 / 1024} MB (for many snapshots, use one per line in a .jsonl file)`,
    );
  }
  try {
    return readFileSync(path);
  } catch {
    throw new VetError(`cannot read ${path}`);
  }
}

function readText(path: string, what: string): string {
  const bytes = readSmall(path, what);
  if (looksBinary(bytes)) throw new VetError(`${path} is not text: expected ${what}`);
  return bytes.toString('utf8');
}

/**
 * The lines of a file as they are read, decoded one by one: a UTF-8 byte order mark before the
 * first is dropped, and a line longer than `maxBytes` is never joined into a string (a line past
 * V8's string limit would end the process): it comes as `{ tooLong }`, its bytes skipped.
 */
async function* jsonlLines(path: string, maxBytes: number): AsyncGenerator<{ text: string } | { tooLong: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let first = true;
  const finish = (): { text: string } | { tooLong: number } => {
    const text = Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
    const line = skipping ? { tooLong: size } : { text: first ? text.replace(/^\uFEFF/, '') : text };
    first = false;
    parts = [];
    size = 0;
    skipping = false;
    return line;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(10); ; newline = chunk.indexOf(10, start)) {
      const end = newline === -1 ? chunk.length : newline;
      size += end - start;
      if (size > maxBytes) {
        skipping = true;
        parts = [];
      } else if (!skipping && end > start) parts.push(chunk.subarray(start, end));
      if (newline === -1) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (size > 0 || parts.length > 0) yield finish();
}

/** Reads and reports one line at a time: output starts at once, memory stays flat. Returns how many lines failed. */
async function vetJsonlFile(path: string, options: { brief: BrandBrief | null; i18n: I18n }): Promise<void> {
  fileSize(path);
  let number = 0;
  let seen = 0;
  let failed = 0;
  for await (const line of jsonlLines(path, MAX_PAGE_BYTES)) {
    number++;
    if ('text' in line && !line.text.trim()) continue;
    seen++;
    const result =
      'text' in line
        ? vetJsonlLine(line.text, number, options)
        : { line: number, error: `the line is over ${MAX_PAGE_BYTES / 1024 / 1024} MB (${Math.round(line.tooLong / 1024 / 1024)} MB): not one snapshot` };
    if ('error' in result) failed++;
    await writeLine(JSON.stringify(result));
  }
  if (seen === 0) throw new VetError(`${path} has no lines: expected one snapshot (or { "snapshot", "history" }) per line`);
  if (failed > 0) throw new VetError(`${failed} of ${seen} lines could not be read (each is reported as { "line", "error" } above)`);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, brand: { type: 'string' }, 'captured-at': { type: 'string' }, lang: { type: 'string' } },
    });
  } catch (error) {
    throw new VetError(`${error instanceof Error ? error.message.split('.')[0] : String(error)}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file) throw new VetError(USAGE);
  if (positionals.length > 1) throw new VetError(`one file at a time (got ${positionals.length}); ${USAGE}`);
  const url = parseUrlOption(values.url);
  const capturedAt = parseCapturedAt(values['captured-at']);
  if (values.lang !== undefined && values.lang !== 'az' && values.lang !== 'en')
    throw new VetError(`--lang ${JSON.stringify(values.lang)}: expected "en" or "az"`);
  const i18n = nodeI18n(values.lang === 'az' ? 'az' : 'en');
  const brief = values.brand ? parseBrief(readText(values.brand, 'a brief in JSON'), i18n) : null;
  if (file.endsWith('.jsonl')) {
    await vetJsonlFile(file, { brief, i18n });
  } else if (file.endsWith('.json')) {
    const text = readText(file, 'one ProfileSnapshot in JSON');
    const report = vetSnapshotJson(text, { brief, i18n, url, capturedAt, emptyDocument: () => openSavedPage('<html><body></body></html>').doc });
    await writeLine(JSON.stringify(report, null, 2));
  } else if (/\.x?html?$/.test(file)) {
    const tooDeep = new VetError(`${file} nests elements more than ${MAX_ELEMENT_DEPTH} deep: not a page a browser would build`);
    let parsed;
    try {
      // Refused while parsing, as soon as too many elements are open: parsing the whole of such a page took seconds.
      parsed = parseSavedPage(readText(file, 'a saved web page'), { maxOpenElements: MAX_ELEMENT_DEPTH });
    } catch (error) {
      throw error instanceof NestsTooDeepError ? tooDeep : error;
    }
    const doc = openParsedPage(parsed).doc;
    // What the parser's stack cannot show (a tree the parser rearranged) is measured on the built tree.
    if (elementDepth(doc) > MAX_ELEMENT_DEPTH) throw tooDeep;
    const report = vetDocument(doc, { url, capturedAt, brief, i18n });
    await writeLine(JSON.stringify(report, null, 2));
  } else {
    throw new VetError(`unknown file type: ${file} (expected .html, .json or .jsonl)`);
  }
}

function reason(error: unknown): string {
  if (error instanceof VetError) return error.message;
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'the input nests too deeply to read';
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`vet: ${reason(error).split('\n')[0]}\n`);
    process.exit(1);
  },
);
