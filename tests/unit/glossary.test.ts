import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../lib/i18n/build-catalogs';
import { glossaryProblems, parseGlossary, type CatalogueString } from '../../lib/i18n/glossary';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const terms = parseGlossary(readFileSync(join(ROOT, 'docs', 'glossary.md'), 'utf8'));

/** Every key of every catalogue file, English beside Azerbaijani. */
function catalogueStrings(): CatalogueString[] {
  const read = (lang: string, file: string) => JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')) as Record<string, { message: string }>;
  return readdirSync(join(LOCALES_DIR, 'en'))
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) => {
      const en = read('en', file);
      const az = read('az', file);
      return Object.keys(en).map((key) => ({ where: `${file} ${key}`, en: en[key]!.message, az: az[key]?.message ?? '' }));
    });
}

describe('glossary (docs/glossary.md)', () => {
  it('defines every term once, in one line, with an Azerbaijani word that contains its stem', () => {
    expect(terms.length).toBeGreaterThan(50);
    const names = terms.map((t) => t.term);
    expect(new Set(names).size).toBe(names.length);
    for (const t of terms) {
      expect(t.definition.length, t.term).toBeGreaterThan(10);
      expect(t.az.toLocaleLowerCase('az').includes(t.azStem) || t.azStem === t.az.toLowerCase(), `${t.term}: "${t.az}" / "${t.azStem}"`).toBe(true);
      // A term's own word passes the check, whatever it forbids.
      expect(glossaryProblems(terms, [{ where: t.term, en: t.english[0]!, az: t.az }])).toEqual([]);
    }
  });

  it('covers the words the issue names', () => {
    const byTerm = new Map(terms.map((t) => [t.term, t]));
    expect(byTerm.get('engagement')?.az).toBe('iştirak');
    expect(byTerm.get('engagement rate')?.az).toBe('iştirak səviyyəsi');
    expect(byTerm.get('authenticity')?.az).toBe('həqiqilik');
    expect(byTerm.get('brand fit')?.az).toBe('brend uyğunluğu');
    expect(byTerm.get('confidence')?.az).toBe('əminlik');
    expect(byTerm.get('collaboration model')?.az).toBe('əməkdaşlıq modeli');
    for (const name of [
      'reach',
      'impressions',
      'tier',
      'shortlist',
      'brief',
      'fee per post',
      'commission',
      'barter',
      'KPI',
      'conversions',
      'to contact',
      'confirmed',
      'post',
      'visit',
      'bio',
      'benchmark',
      'card',
    ]) {
      expect(byTerm.has(name), name).toBe(true);
    }
  });

  it('is followed by every English and Azerbaijani string in the catalogues', () => {
    const strings = catalogueStrings();
    expect(strings.length).toBeGreaterThan(390);
    expect(glossaryProblems(terms, strings)).toEqual([]);
  });

  it('names the string and the term when a string breaks it', () => {
    const problems = glossaryProblems(terms, [
      { where: 'x.json a', en: 'Engagement rate', az: 'Cəlbetmə dərəcəsi' },
      { where: 'x.json b', en: 'Authenticity: suspicious', az: 'Orijinallıq: şübhəli' },
      { where: 'x.json c', en: 'Remove it from the overlay', az: 'Kartdan çıxar' },
      { where: 'x.json d', en: 'Engagement $1 is below the tier low', az: 'İştirak səviyyəsi $1 səviyyənin aşağı həddindən aşağıdır' },
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^az x\.json a: "Cəlbetmə dərəcəsi" — the English says "engagement rate".*"iştirak səviyyəsi"/),
        expect.stringMatching(/^az x\.json a: .* uses "cəlb"/),
        expect.stringMatching(/^az x\.json b: .*"həqiqilik"/),
        expect.stringMatching(/^az x\.json b: .* uses "orijinal"/),
        expect.stringMatching(/^en x\.json c: .* uses "overlay" — the glossary's word is "card"/),
        expect.stringMatching(/^az x\.json d: .* says "tier".*"kateqoriya"/),
        expect.stringMatching(/^az x\.json d: .* uses "səviyyə"/),
      ]),
    );
    // "iştirak səviyyəsi" is the allowed word for engagement rate, not a tier called "səviyyə".
    expect(glossaryProblems(terms, [{ where: 'x.json e', en: 'Engagement rate', az: 'İştirak səviyyəsi' }])).toEqual([]);
  });
});
