import type { BrandBrief } from '../brief';
import { iabCategoryByName, iabLineage } from '../data/iab-categories';
import { promotionCue } from '../dossier/promotion';
import { foldForMatch } from '../i18n/fold';
import type { ProfileSnapshot } from '../snapshot';

/**
 * The text brand fit reads, prepared once for all of its checks (lib/scoring/checks/brand-fit/):
 * the brief's terms, the bio and captions as searchable documents, and the #tags and @mentions where
 * brand names hide.
 */

/** Term weights: the brand's own keywords count most, a category's ancestors least. */
const TERM_WEIGHT = { keyword: 1, category: 0.7, parent: 0.4 } as const;

export const STOPWORDS = new Set(['and', 'or', 'the', 'of', 'a', 'an', 'in', 'on', 'for', 'to', 'with', '&', 'və', 'ilə']);

/**
 * Lower case without accents, so "Café" meets "cafe", with Azerbaijani and Turkish letters folded
 * both ways (İ/i, I/ı, ə/e): "#QIŞ" meets "qış", "İSTİRAHƏT" meets "istirahət" (lib/i18n/fold.ts).
 */
export const normalize = foldForMatch;

export function words(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOPWORDS.has(w));
}

/**
 * Splits a hashtag into words: camelCase and digits first ("#SkinCareRoutine" → skin care routine),
 * then, for all-lowercase concatenations ("#skincareroutine"), any of the brief's own words found
 * inside it. Without a dictionary, the brief's vocabulary is the one that matters.
 */
export function splitHashtag(tag: string, vocabulary: readonly string[] = []): string[] {
  const raw = tag.replace(/^#/, '');
  const parts = raw
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .replace(/_/g, ' ');
  const out = new Set(words(parts));
  const flat = normalize(raw);
  for (const word of vocabulary) if (word.length >= 3 && flat.includes(word)) out.add(word);
  return [...out];
}

/** The bio or one post, as the text search indexes it. */
export interface BrandFitDoc {
  id: string;
  field: 'bio' | 'caption';
  postId: string | null;
  text: string;
  tags: string;
}

export interface BriefTerm {
  term: string;
  weight: number;
  kind: keyof typeof TERM_WEIGHT;
}

export function briefTerms(brief: BrandBrief): BriefTerm[] {
  const terms = new Map<string, BriefTerm>();
  const add = (term: string, kind: BriefTerm['kind']) => {
    const key = normalize(term.trim());
    if (!key || words(key).length === 0) return;
    const existing = terms.get(key);
    if (!existing || existing.weight < TERM_WEIGHT[kind]) terms.set(key, { term: term.trim(), weight: TERM_WEIGHT[kind], kind });
  };
  for (const k of brief.keywords) add(k, 'keyword');
  for (const name of brief.categories) {
    const category = iabCategoryByName(name);
    const lineage = category ? iabLineage(category) : [name];
    lineage.forEach((n, i) => add(n, i === 0 ? 'category' : 'parent'));
  }
  return [...terms.values()];
}

function extractTagWords(caption: string, hashtags: readonly string[], vocabulary: readonly string[]): string {
  const inline = [...caption.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!);
  return [...new Set([...inline, ...hashtags])].flatMap((h) => splitHashtag(h, vocabulary)).join(' ');
}

/** The bio and every post with a caption or hashtags, with their tags split into the brief's words. */
export function brandFitDocs(snapshot: ProfileSnapshot, terms: readonly BriefTerm[]): BrandFitDoc[] {
  const vocabulary = [...new Set(terms.flatMap((x) => words(x.term)))];
  const docs: BrandFitDoc[] = [];
  if (snapshot.bio) docs.push({ id: 'bio', field: 'bio', postId: null, text: snapshot.bio, tags: extractTagWords(snapshot.bio, [], vocabulary) });
  for (const post of snapshot.posts) {
    if (!post.caption && post.hashtags.length === 0) continue;
    docs.push({
      id: `post:${post.id}`,
      field: 'caption',
      postId: post.id,
      text: post.caption ?? '',
      tags: extractTagWords(post.caption ?? '', post.hashtags, vocabulary),
    });
  }
  return docs;
}

function phraseRegex(phrase: string): RegExp | null {
  const w = words(phrase);
  if (!w.length) return null;
  const escaped = w.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}($|[^\\p{L}\\p{N}])`, 'u');
}

/** The bio (no post id) or one caption, with the handles its #tags and @mentions name. */
export interface BrandFitSource {
  postId: string | undefined;
  text: string;
  handles: string[];
}

function tagsAndMentions(text: string, hashtags: readonly string[]): string[] {
  const found = [...normalize(text).matchAll(/[#@]([\p{L}\p{N}_.]+)/gu)].map((m) => m[1]!.replace(/[_.]/g, ''));
  return [...found, ...hashtags.map((h) => normalize(h).replace(/[_.]/g, ''))];
}

export function brandFitSources(snapshot: ProfileSnapshot): BrandFitSource[] {
  return [
    { postId: undefined, text: snapshot.bio ?? '', handles: tagsAndMentions(snapshot.bio ?? '', []) },
    ...snapshot.posts.map((p) => ({ postId: p.id, text: p.caption ?? '', handles: tagsAndMentions(p.caption ?? '', p.hashtags) })),
  ];
}

/** Whether there is any text to look for names in: a bio, a caption or a hashtag. */
export const anyText = (sources: readonly BrandFitSource[]) => sources.some((s) => s.text.trim() !== '' || s.handles.length > 0);

/** Whether a competitor or avoid-word appears: as words, or run together inside a #tag or @mention. */
export function mentions(phrase: string, text: string, handles: readonly string[]): boolean {
  const re = phraseRegex(phrase);
  if (re && re.test(normalize(text))) return true;
  const compact = words(phrase).join('');
  if (compact.length < 3) return false;
  // "#glossierpartner" and "@glossier.us" name the brand; a short name inside a longer word
  // ("rival" in "#arrival") does not, so only long names may sit anywhere in a tag.
  return handles.some((h) => h === compact || h.startsWith(compact) || (compact.length >= 6 && h.includes(compact)));
}

/** What makes a caption read like a promotion: a promotion cue, or a brand @mention next to a promotional word ("thanks @brand for the gift"). Disclosed or not. */
export function promotionWords(caption: string): string | null {
  const cue = promotionCue(caption);
  if (cue) return cue;
  const promoWord = /\b(gift(ed)?|collab|giveaway|shop|order|sale|buy|deal)\b/i;
  if (/@[\p{L}\p{N}_.]{2,}/u.test(caption) && promoWord.test(caption)) return caption.match(promoWord)![0];
  return null;
}

export function snippet(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
