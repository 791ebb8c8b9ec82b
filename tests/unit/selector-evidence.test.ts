import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSavedPage } from '../../lib/cli/saved-page';
import { evidenceMatches, type EvidenceRegistry } from '../../lib/platforms/evidence';
import { IG } from '../../lib/platforms/instagram/selectors';
import { FIXTURE_ROOT } from './helpers/platform-fixtures';

/**
 * Every selector and text pattern a platform reads carries the saved pages that prove it (the
 * refined-github way). Each entry is one test: when a site changes its markup, the broken entry
 * names itself. TikTok and YouTube join by adding their registries here.
 */
const REGISTRIES: Record<string, EvidenceRegistry> = { instagram: IG };

const pages = new Map<string, ReturnType<typeof openSavedPage>>();
function page(file: string): Document {
  let opened = pages.get(file);
  if (!opened) {
    opened = openSavedPage(readFileSync(join(FIXTURE_ROOT, file), 'utf8'));
    pages.set(file, opened);
  }
  return opened.doc;
}
afterAll(async () => {
  for (const opened of pages.values()) await opened.close();
});

for (const [platform, registry] of Object.entries(REGISTRIES)) {
  describe(`${platform} selectors and their evidence`, () => {
    for (const [name, entry] of Object.entries(registry)) {
      it(`${name} matches its proof and none of its look-alikes`, () => {
        expect(entry.proof.length, 'an entry without proof').toBeGreaterThan(0);
        expect(entry.why.length).toBeGreaterThan(20);
        for (const file of [...entry.proof, ...(entry.notIn ?? [])]) expect(existsSync(join(FIXTURE_ROOT, file)), file).toBe(true);
        expect(entry.proof.filter((file) => !evidenceMatches(page(file), entry)), 'proof pages it does not match').toEqual([]);
        expect((entry.notIn ?? []).filter((file) => evidenceMatches(page(file), entry)), 'look-alike pages it matches').toEqual([]);
      });
    }
  });
}

describe('the Instagram reader uses only its registry', () => {
  it('names no selector outside lib/platforms/instagram/selectors.ts', () => {
    const dir = join(__dirname, '..', '..', 'lib', 'platforms', 'instagram');
    for (const file of ['index.ts', 'header.ts', 'post.ts', 'meta.ts', 'interstitial.ts', 'json.ts']) {
      const code = readFileSync(join(dir, file), 'utf8');
      // Site hooks (attribute values, ids) belong in the registry, with their proof; bare element
      // names and "any link" are structure, not hooks.
      expect(code.match(/querySelector(?:All)?\(\s*['"`][^'"`]*(?:\[[\w-]+[~|^$*]?=|#[a-z])/gi) ?? [], file).toEqual([]);
    }
  });
});
