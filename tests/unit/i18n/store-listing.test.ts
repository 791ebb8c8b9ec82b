import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sources';
import { buildLocaleCatalogs } from '../../../lib/i18n/build-catalogs';
import { glossaryProblems, parseGlossary } from '../../../lib/i18n/glossary';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Block {
  section: string;
  text: string;
}

/** The listing's paragraphs and list items, each with the "## " section it is in (the title's text is section ""). */
function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  let section = '';
  let open: Block | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('# ')) continue;
    if (line.startsWith('## ')) {
      section = line.slice(3).trim();
      open = null;
    } else if (!line.trim()) open = null;
    else if (open && !line.startsWith('- ')) open.text += ` ${line.trim()}`;
    else out.push((open = { section, text: line.trim() }));
  }
  return out;
}

const en = blocks(read('docs/store/en.md'));
const az = blocks(read('docs/store/az.md'));
const field = (listing: Block[], section: string) => listing.filter((b) => b.section === section).map((b) => b.text);
const catalogs = buildLocaleCatalogs();

describe('store listing (docs/store)', () => {
  it('has the same sections and blocks in English and Azerbaijani', () => {
    expect(az.map((b) => b.section)).toEqual(en.map((b) => b.section));
    expect(new Set(en.map((b) => b.section))).toEqual(new Set(['', 'Name', 'Summary', 'Description', 'Single purpose', 'Permissions', 'Data use']));
  });

  it("uses the extension's own name and short description, within the stores' limits", () => {
    for (const [lang, listing] of [
      ['en', en],
      ['az', az],
    ] as const) {
      expect(field(listing, 'Name'), lang).toEqual([catalogs[lang]!.extName!.message]);
      const [summary] = field(listing, 'Summary');
      expect(summary, lang).toBe(catalogs[lang]!.extDescription!.message);
      // Chrome Web Store: 132 characters for the summary, 16,000 for the description.
      expect(summary!.length, lang).toBeLessThanOrEqual(132);
      expect(field(listing, 'Description').join('\n\n').length, lang).toBeLessThanOrEqual(16_000);
    }
  });

  it('follows the glossary, block by block', () => {
    const terms = parseGlossary(read('docs/glossary.md'));
    const pairs = en.map((block, i) => ({ where: `${block.section || 'intro'} #${i}`, en: block.text, az: az[i]?.text ?? '' }));
    expect(glossaryProblems(terms, pairs)).toEqual([]);
  });

  it('names only permissions the manifest asks for', () => {
    const config = read('wxt.config.ts');
    for (const item of field(en, 'Permissions')) {
      const name = /^- (\w+):/.exec(item)?.[1];
      if (name) expect(name === 'sidePanel' || config.includes(`'${name}'`), name).toBe(true);
    }
  });

  it('has the icons the manifest names, each a PNG of its size', () => {
    for (const size of [16, 32, 48, 128]) {
      const path = join(ROOT, 'public', 'icon', `${size}.png`);
      expect(existsSync(path), `${size}.png`).toBe(true);
      const png = readFileSync(path);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
