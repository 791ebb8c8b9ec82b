/**
 * The glossary (docs/glossary.md) as data, and the check that every catalogue string follows it.
 * Node-free and pure, so the unit test can run it on the shipped catalogues and on made-up strings.
 */
interface GlossaryTerm {
  term: string;
  /** English forms, matched as whole words in any case. */
  english: string[];
  az: string;
  /** What every inflected Azerbaijani form keeps, in Azerbaijani lower case. */
  azStem: string;
  avoidAz: string[];
  avoidEn: string[];
  definition: string;
}

const NONE = '—';

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
}

function list(cell: string): string[] {
  return cell === NONE || cell === ''
    ? []
    : cell
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

const azLower = (text: string) => text.toLocaleLowerCase('az');

/** Reads the table whose header starts with "| Term |". */
export function parseGlossary(markdown: string): GlossaryTerm[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^\|\s*Term\s*\|/.test(l));
  if (start < 0) throw new Error('docs/glossary.md has no "| Term |" table');
  const terms: GlossaryTerm[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [term, english, az, stem, avoidAz, avoidEn, definition] = cells(line);
    if (!term || !english || !az || !stem || definition === undefined) throw new Error(`glossary row is incomplete: ${line}`);
    terms.push({
      term,
      english: list(english),
      az,
      azStem: azLower(stem),
      avoidAz: list(avoidAz ?? NONE).map(azLower),
      avoidEn: list(avoidEn ?? NONE).map((s) => s.toLowerCase()),
      definition,
    });
  }
  return terms;
}

export interface CatalogueString {
  /** Where it lives, for messages: "scoring.json reason_percentile". */
  where: string;
  en: string;
  az: string;
}

function wordPattern(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Every way the strings break the glossary, each naming the string, the term and the word to use:
 * - an English string has a term and its Azerbaijani lacks the term's word;
 * - an Azerbaijani string uses another word for a term (once every allowed word is set aside);
 * - an English string uses a word the glossary replaces.
 */
export function glossaryProblems(terms: readonly GlossaryTerm[], strings: readonly CatalogueString[]): string[] {
  const forms = terms.flatMap((term) => term.english.map((form) => ({ term, form, re: wordPattern(form) }))).sort((a, b) => b.form.length - a.form.length);
  const allowedAz = [...new Set(terms.map((t) => t.azStem))].sort((a, b) => b.length - a.length);
  const problems: string[] = [];
  for (const s of strings) {
    const az = azLower(s.az);
    // English words inside Azerbaijani ("Impressions") lower-case the English way: "I" → "i", not "ı".
    const azOrLatin = `${az}\n${s.az.toLowerCase()}`;
    // English → Azerbaijani: longer forms first, each match blanked so "engagement rate" is not also "engagement".
    // Placeholders such as {HANDLE} are code, not words.
    let en = s.en.replace(/\{[A-Z_]+\}/g, ' ');
    const found = new Map<GlossaryTerm, string>();
    for (const { term, form, re } of forms) {
      const masked = en.replace(re, (m) => ' '.repeat(m.length));
      if (masked !== en && !found.has(term)) found.set(term, form);
      en = masked;
    }
    for (const [term, form] of found) {
      if (!azOrLatin.includes(term.azStem))
        problems.push(
          `az ${s.where}: "${s.az}" — the English says "${form}", which the glossary writes "${term.az}" (the Azerbaijani must contain "${term.azStem}")`,
        );
    }
    // Other names for a term: look only at what is left once every allowed word is set aside.
    let rest = az;
    for (const stem of allowedAz) rest = rest.split(stem).join(' ');
    const reported = new Set<string>();
    for (const term of terms) {
      for (const avoid of term.avoidAz) {
        if (reported.has(avoid)) continue;
        reported.add(avoid);
        if (rest.includes(avoid)) problems.push(`az ${s.where}: "${s.az}" uses "${avoid}" — the glossary's word for "${term.term}" is "${term.az}"`);
      }
      for (const avoid of term.avoidEn) {
        if (wordPattern(avoid).test(s.en)) problems.push(`en ${s.where}: "${s.en}" uses "${avoid}" — the glossary's word is "${term.term}"`);
      }
    }
  }
  return problems;
}
