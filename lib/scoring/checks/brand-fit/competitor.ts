import { anyText, mentions } from '../../brand-fit-text';
import { fact, text } from '../../fact';
import { brandFitCheck, type BrandFitOutcome } from '../check';

const PENALTY = { per: 10, max: 30 } as const;

/** A competitor named in the bio or a caption, as words or inside a #tag or @mention: one warning per place. */
export const competitor = brandFitCheck({
  id: 'competitor',
  counts: { penalty: PENALTY },
  asks: ['competitors'],
  reads: ['bio', 'captions', 'hashtags'],
  says: ['fit_warn_competitor_post', 'fit_warn_competitor_bio'],
  run({ brief, sources }) {
    if (!brief.competitors.length) return { status: 'not-asked', reasons: [] };
    if (!anyText(sources)) return { status: 'not-checked', reasons: [] };
    const warnings: NonNullable<BrandFitOutcome<'fit_warn_competitor_post' | 'fit_warn_competitor_bio'>['warnings']> = [];
    for (const name of brief.competitors) {
      for (const s of sources) {
        if (!mentions(name, s.text, s.handles)) continue;
        const evidence = s.postId ? fact('fit_warn_competitor_post', text(name), text(s.postId)) : fact('fit_warn_competitor_bio', text(name));
        warnings.push({ id: 'competitor', postId: s.postId, evidence });
      }
    }
    return { status: 'checked', reasons: [], warnings, penalty: Math.min(PENALTY.max, warnings.length * PENALTY.per) };
  },
});
