import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSavedPage } from '../../../lib/cli/saved-page';
import { evidenceMatches, type EvidenceRegistry } from '../../../lib/platforms/evidence';
import { IG } from '../../../lib/platforms/instagram/selectors';
import { TT } from '../../../lib/platforms/tiktok/selectors';
import { YT } from '../../../lib/platforms/youtube/selectors';
import { FIXTURE_ROOT } from '../helpers/platform-fixtures';

/**
 * Every selector and text pattern a platform reads carries the saved pages that prove it (the
 * refined-github way). Each entry is one test: when a site changes its markup, the broken entry
 * names itself.
 */
const REGISTRIES: Record<string, EvidenceRegistry> = { instagram: IG, tiktok: TT, youtube: YT };

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
        expect(
          entry.proof.filter((file) => !evidenceMatches(page(file), entry)),
          'proof pages it does not match',
        ).toEqual([]);
        expect(
          (entry.notIn ?? []).filter((file) => evidenceMatches(page(file), entry)),
          'look-alike pages it matches',
        ).toEqual([]);
      });
    }
  });
}

/**
 * A site hook in a query: an attribute compared with a value (but not the generic ARIA role), an id,
 * a class, or a custom element's name (YouTube's `ytd-…`). Bare element names and "any link" are
 * structure, not hooks.
 */
const SITE_HOOK = /\[(?!role[~|^$*]?=)[\w-]+[~|^$*]?=|#[a-z_]|(?:^|[\s,>+~(])\.[a-z_]|(?:^|[\s,>+~(])[a-z][a-z0-9]*-[a-z0-9-]*/i;
const QUERY_WITH_LITERAL = /\b(querySelector(?:All)?|closest|matches|getElementById)(?:<[^>]*>)?\(\s*(['"`])((?:(?!\2)[^\\]|\\.)*)\2/g;

/** Literal selectors in the code that name a site hook. */
function hooksOutsideRegistry(code: string): string[] {
  const found: string[] = [];
  for (const [whole, call, , literal] of code.matchAll(QUERY_WITH_LITERAL))
    if (call === 'getElementById' || SITE_HOOK.test(literal!) || literal!.includes('${')) found.push(whole);
  return found;
}

describe('each platform reader uses only its registry', () => {
  const root = join(__dirname, '..', '..', '..', 'lib', 'platforms');
  for (const platform of Object.keys(REGISTRIES)) {
    it(`${platform}: names no site selector outside lib/platforms/${platform}/selectors.ts`, () => {
      const files = readdirSync(join(root, platform)).filter((file) => file.endsWith('.ts') && file !== 'selectors.ts');
      expect(files.length).toBeGreaterThan(3);
      for (const file of files) expect(hooksOutsideRegistry(readFileSync(join(root, platform, file), 'utf8')), `${platform}/${file}`).toEqual([]);
    });
  }

  it('the check itself finds hooks and lets structure pass', () => {
    expect(hooksOutsideRegistry(`doc.querySelector('ytd-watch-metadata h1'); x.closest('[data-e2e="like-count"]'); doc.getElementById('app');`)).toHaveLength(
      3,
    );
    expect(hooksOutsideRegistry("el.querySelectorAll('.badge'); el.querySelector(`[id$=\"-${id}\"]`); el.matches('#count')")).toHaveLength(3);
    expect(
      hooksOutsideRegistry(`el.querySelector('span'); el.closest('button, [role="button"]'); el.querySelectorAll('a[href]'); el.querySelector(YT.owner.css)`),
    ).toEqual([]);
  });
});
