import { anyText, mentions } from '../../brand-fit-text';
import { fact, list, message, text } from '../../fact';
import { brandFitCheck, type BrandFitOutcome } from '../check';

const PENALTY = { per: 20, max: 40 } as const;

/** A word the brief avoids, in the bio or captions: one warning per word, naming where (the bio, up to five posts). */
export const avoidWord = brandFitCheck({
  id: 'avoid-word',
  counts: { penalty: PENALTY },
  asks: ['avoidWords'],
  reads: ['bio', 'captions', 'hashtags'],
  says: ['fit_warn_avoid_word'],
  run({ brief, sources }) {
    if (!brief.avoidWords.length) return { status: 'not-asked', reasons: [] };
    if (!anyText(sources)) return { status: 'not-checked', reasons: [] };
    const warnings: NonNullable<BrandFitOutcome<'fit_warn_avoid_word'>['warnings']> = [];
    for (const word of brief.avoidWords) {
      const hits = sources.filter((s) => mentions(word, s.text, s.handles));
      if (!hits.length) continue;
      const ids = hits.flatMap((h) => (h.postId ? [h.postId] : []));
      const places = [...(hits.some((h) => !h.postId) ? [message('fit_field_bio')] : []), ...ids.slice(0, 5).map(text)];
      warnings.push({ id: 'avoid-word', postId: ids[0], evidence: fact('fit_warn_avoid_word', text(word), list(places)) });
    }
    return { status: 'checked', reasons: [], warnings, penalty: Math.min(PENALTY.max, warnings.length * PENALTY.per) };
  },
});
