import { ownNames, readPromotion } from '../../../dossier/promotion';
import { promotionWords, snippet } from '../../brand-fit-text';
import { fact, text } from '../../fact';
import { brandFitCheck, type BrandFitOutcome } from '../check';

/** A post that reads like a promotion with no #ad-style disclosure: a warning, whatever the brief, with no points off. */
export const undisclosedSponsorship = brandFitCheck({
  id: 'undisclosed-sponsorship',
  counts: { penalty: { per: 0, max: 0 } },
  asks: [],
  reads: ['captions', 'hashtags'],
  says: ['fit_warn_undisclosed'],
  run({ snapshot }) {
    if (!snapshot.posts.some((p) => p.caption)) return { status: 'not-checked', reasons: [] };
    const own = ownNames(snapshot);
    const warnings: NonNullable<BrandFitOutcome<'fit_warn_undisclosed'>['warnings']> = [];
    for (const post of snapshot.posts) {
      // The platform's own "Paid partnership" label is a disclosure, whatever the caption says; so are
      // words such as "This video was sponsored by …"; and the creator's own shop has no sponsor.
      const promotion = readPromotion(post, own);
      if (promotion.disclosed || promotion.own || !post.caption) continue;
      const cue = promotionWords(post.caption);
      if (cue) warnings.push({ id: 'undisclosed-sponsorship', postId: post.id, evidence: fact('fit_warn_undisclosed', text(post.id), text(snippet(cue))) });
    }
    return { status: 'checked', reasons: [], warnings };
  },
});
