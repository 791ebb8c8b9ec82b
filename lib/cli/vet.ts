import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
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
  const brief = values.brand ? parseBrief(readText(values.brand)) : null;
  const text = readText(file);
  if (file.endsWith('.jsonl')) {
    for (const report of vetJsonl(text, { brief, i18n })) process.stdout.write(`${JSON.stringify(report)}\n`);
  } else if (file.endsWith('.json')) {
    process.stdout.write(`${JSON.stringify(vetSnapshotJson(text, { brief, i18n }), null, 2)}\n`);
  } else if (/\.x?html?$/.test(file)) {
    const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true, navigation: { disableMainFrameNavigation: true } } });
    const doc = new window.DOMParser().parseFromString(text, 'text/html') as unknown as Document;
    const report = vetDocument(doc, { url: values.url, capturedAt: values['captured-at'], brief, i18n });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    void window.happyDOM.close();
  } else {
    throw new VetError(`unknown file type: ${file} (expected .html, .json or .jsonl)`);
  }
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
