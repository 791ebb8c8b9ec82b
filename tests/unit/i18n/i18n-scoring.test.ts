import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES_DIR } from '../../../lib/i18n/build-catalogs';

const read = (lang: string, area: string) => JSON.parse(readFileSync(join(LOCALES_DIR, lang, `${area}.json`), 'utf8')) as Record<string, { message: string }>;
const placeholders = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort();

describe.each(['scoring', 'brandfit', 'briefs'])('%s strings', (area) => {
  const en = read('en', area);
  const az = read('az', area);

  it('has the same keys in English and Azerbaijani, with valid key names', () => {
    expect(Object.keys(az).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-zA-Z0-9_]+$/);
  });

  it('uses the same substitutions in both languages, and a real translation', () => {
    for (const [key, { message }] of Object.entries(en)) {
      expect(placeholders(az[key]!.message), key).toEqual(placeholders(message));
      expect(az[key]!.message.trim().length, key).toBeGreaterThan(0);
    }
  });
});

describe('source titles', () => {
  it('every published source the scores and estimates cite has a title in both languages, translated around its names', async () => {
    const { SOURCE_TITLE_KEYS, TITLED_SOURCES, sourceTitle } = await import('../../../lib/scoring/sources');
    const { nodeI18n } = await import('../../../lib/i18n/node');
    const cited = ['lib/scoring/benchmarks.ts', 'lib/scoring/authenticity-references.ts', 'lib/campaign/estimates.ts'].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bsource: '((?:[^'\\]|\\.)+)'/g)].map((m) => m[1]!.replace(/\\'/g, "'")),
    );
    expect(cited.length).toBeGreaterThan(15);
    for (const source of cited) expect(TITLED_SOURCES, source).toContain(source);
    const [en, az] = [read('en', 'scoring'), read('az', 'scoring')];
    for (const key of SOURCE_TITLE_KEYS) {
      expect(en[key], key).toBeDefined();
      expect(az[key], key).toBeDefined();
    }
    // Names stay, words around them are Azerbaijani; a joined source is translated part by part.
    const modash = 'Modash, Instagram engagement rate benchmarks';
    expect(sourceTitle(modash, nodeI18n('en'))).toBe(modash);
    expect(sourceTitle(modash, nodeI18n('az'))).toBe('Modash, Instagram iştirak səviyyəsi üzrə müqayisə göstəriciləri');
    expect(sourceTitle(`${modash} × HypeAuditor, Instagram engagement by follower count (March 2018)`, nodeI18n('az'))).toBe(
      'Modash, Instagram iştirak səviyyəsi üzrə müqayisə göstəriciləri × HypeAuditor, izləyici sayına görə Instagram iştirakı (mart 2018)',
    );
    expect(sourceTitle('An unknown study', nodeI18n('az'))).toBe('An unknown study');
  });
});
