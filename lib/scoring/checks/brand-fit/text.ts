import { messageKey } from '../../../i18n/keys';
import MiniSearch from 'minisearch';
import { STOPWORDS, normalize, words, type BrandFitDoc } from '../../brand-fit-text';
import { count, fact, list, message, text as verbatim, type KeyFact } from '../../fact';
import type { BrandFitMatch } from '../../types';
import { brandFitCheck } from '../check';

/** Strong presence of this much term weight is a full text match. */
const FULL_MATCH_WEIGHT = 3;
/** A term found in this share of the documents (bio + posts) counts as fully present. */
const FULL_COVERAGE_SHARE = 0.25;

type Says = 'fit_reason_no_text' | 'fit_reason_terms' | 'fit_reason_term_found' | 'fit_reason_terms_missing';

/**
 * The brief's keywords and IAB category names in the bio, captions and split hashtags: BM25 matching
 * (minisearch), each term counting by its weight and by how many documents hold it.
 */
export const text = brandFitCheck({
  id: 'text',
  counts: { part: 'text', weight: 0.6 },
  asks: ['keywords', 'categories'],
  reads: ['bio', 'captions', 'hashtags'],
  says: ['fit_reason_no_text', 'fit_reason_terms', 'fit_reason_term_found', 'fit_reason_terms_missing'],
  run({ terms, docs }) {
    if (!terms.length) return { status: 'not-asked', reasons: [] };
    if (!docs.length) return { status: 'not-checked', reasons: [fact('fit_reason_no_text')] };
    const index = new MiniSearch<BrandFitDoc>({
      fields: ['text', 'tags'],
      idField: 'id',
      // Split on anything that is not a letter or digit: emoji glued to words ("lip💋") must not hide them.
      tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u),
      processTerm: (term) => {
        const w = normalize(term);
        return STOPWORDS.has(w) ? null : w;
      },
    });
    index.addAll([...docs]);
    const need = Math.max(1, Math.ceil(docs.length * FULL_COVERAGE_SHARE));
    const matches: BrandFitMatch[] = [];
    const missing: string[] = [];
    let got = 0;
    for (const term of terms) {
      // The brand's own keywords are phrases (all words must appear); a category name such as
      // "Makeup and Accessories" is a topic, met by any of its words.
      const hits = index.search(words(term.term).join(' '), {
        combineWith: term.kind === 'keyword' ? 'AND' : 'OR',
        prefix: (w) => w.length >= 4,
        fuzzy: (w) => (w.length >= 7 ? 0.15 : false),
        boost: { text: 1, tags: 1.5 },
      });
      if (!hits.length) {
        missing.push(term.term);
        continue;
      }
      // BM25 order (minisearch's score) puts the most relevant documents first in the report.
      const hitDocs = hits.map((h) => docs.find((d) => d.id === h.id)!);
      const fields = new Set<BrandFitMatch['fields'][number]>();
      for (const h of hits) {
        const d = hitDocs.find((x) => x.id === h.id)!;
        for (const f of Object.values(h.match).flat()) fields.add(f === 'tags' ? 'hashtags' : d.field);
      }
      matches.push({ term: term.term, fields: [...fields], postIds: hitDocs.flatMap((d) => (d.postId ? [d.postId] : [])) });
      got += term.weight * Math.min(1, hits.length / need);
    }
    const totalWeight = terms.reduce((s, x) => s + x.weight, 0);
    const reasons: Array<KeyFact<Says>> = [fact('fit_reason_terms', count(matches.length), count(terms.length), count(docs.filter((d) => d.postId).length))];
    for (const m of matches.slice(0, 5))
      reasons.push(fact('fit_reason_term_found', verbatim(m.term), count(m.postIds.length), list(m.fields.map((f) => message(messageKey('fit_field', f))))));
    if (missing.length) reasons.push(fact('fit_reason_terms_missing', list(missing.slice(0, 8).map(verbatim))));
    return { status: 'checked', score: Math.round(100 * Math.min(1, got / Math.min(totalWeight, FULL_MATCH_WEIGHT))), reasons, matches, missing };
  },
});
