/**
 * Parses the counts the sites print: "2,362", "12.5K", "1.2M", "4,69 M de suscriptores",
 * "10 mil visualizaciones", "1,66 M d’abonnés", "3.2万".
 *
 * A count the parser cannot read with confidence is null, never a guess: a misread separator makes
 * a creator a thousand times bigger or smaller. `exact` says whether the page gave every digit.
 */
export interface ParsedCount {
  value: number;
  exact: boolean;
}

// Placeholder replaced by the full multilingual table in #3; the signature is the contract.
const SUFFIXES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
};

export function parseCount(text: string | null | undefined, lang = 'en'): ParsedCount | null {
  if (text === null || text === undefined) return null;
  const cleaned = text.replace(/[\u00a0\u202f\u2009]/g, ' ').trim().toLowerCase();
  const match = cleaned.match(/^(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:[.,]\d+)?)\s*([a-z]*)/u);
  if (!match) return null;
  const [, digits = '', unit = ''] = match;
  const multiplier = unit ? SUFFIXES[unit] : 1;
  if (multiplier === undefined) return null;
  void lang;
  if (multiplier === 1) {
    const grouped = /^\d{1,3}(?:[,.\s]\d{3})+$/.test(digits);
    const value = grouped ? Number(digits.replace(/[,.\s]/g, '')) : Number(digits);
    if (!grouped && /[.,]/.test(digits)) return null;
    return Number.isFinite(value) ? { value, exact: true } : null;
  }
  const value = Math.round(Number(digits.replace(',', '.')) * multiplier);
  return Number.isFinite(value) ? { value, exact: false } : null;
}
