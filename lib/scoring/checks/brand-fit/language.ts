import { fact, language as languageName, list } from '../../fact';
import { brandFitCheck } from '../check';

/** The content language (detected once, lib/scoring/brand-fit.ts) against the brief's languages. */
export const language = brandFitCheck({
  id: 'language',
  counts: { part: 'language', weight: 0.15 },
  asks: ['languages'],
  reads: ['language'],
  says: ['fit_reason_language_unknown', 'fit_reason_language_ok', 'fit_reason_language_other'],
  run({ brief, language: detected }) {
    if (!brief.languages.length) return { status: 'not-asked', reasons: [] };
    if (detected === null) return { status: 'not-checked', reasons: [fact('fit_reason_language_unknown')] };
    const accepted = brief.languages.includes(detected);
    const reason = fact(accepted ? 'fit_reason_language_ok' : 'fit_reason_language_other', languageName(detected), list(brief.languages.map(languageName)));
    return { status: 'checked', score: accepted ? 100 : 0, accepted, reasons: [reason] };
  },
});
