import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openSavedPage } from './saved-page';
import { nodeI18n } from '../i18n/node';
import { VetError, parseBrief, vetDocument, vetJsonl, vetSnapshotJson } from './vet-core';

const USAGE = 'usage: npm run vet -- <page.html | snapshot.json | snapshots.jsonl> [--url <page url>] [--brand <brief.json>] [--captured-at <ISO time>]';

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string' }, brand: { type: 'string' }, 'captured-at': { type: 'string' }, lang: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new VetError(USAGE);
  const i18n = nodeI18n(values.lang === 'az' ? 'az' : 'en');
  const brief = values.brand ? parseBrief(readText(values.brand), i18n) : null;
  const text = readText(file);
  if (file.endsWith('.jsonl')) {
    for (const report of vetJsonl(text, { brief, i18n })) process.stdout.write(`${JSON.stringify(report)}\n`);
  } else if (file.endsWith('.json')) {
    const report = vetSnapshotJson(text, { brief, i18n, url: values.url, capturedAt: values['captured-at'], emptyDocument: () => parseHtml('<html><body></body></html>') });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (/\.x?html?$/.test(file)) {
    const report = vetDocument(parseHtml(text), { url: values.url, capturedAt: values['captured-at'], brief, i18n });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    throw new VetError(`unknown file type: ${file} (expected .html, .json or .jsonl)`);
  }
}

function parseHtml(html: string): Document {
  return openSavedPage(html).doc;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new VetError(`cannot read ${path}`);
  }
}

try {
  main();
} catch (error) {
  const message = error instanceof VetError ? error.message : error instanceof Error ? `unexpected error: ${error.message}` : String(error);
  process.stderr.write(`vet: ${message.split('\n')[0]}\n`);
  process.exit(1);
}
