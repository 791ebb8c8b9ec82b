import MiniSearch from 'minisearch';
import { detectAll } from 'tinyld';
import type { BrandBrief } from '../brief';
import { iabCategoryByName, iabLineage } from '../data/iab-categories';
import { foldForMatch } from '../i18n/fold';
import { formatCount, missingConventions } from '../i18n/format';
import type { I18n } from '../i18n/translate';
import type { ProfileSnapshot } from '../snapshot';
import { ownNames, readPromotion } from '../dossier/promotion';
import { clamp } from './stats';
import type { BrandFitMatch, BrandFitScore, BrandFitWarning, Confidence } from './types';
import { messageKey } from '../i18n/keys';

/** How much each part counts in the fit score, over the parts the brief sets. */
const FIT_WEIGHTS = { text: 0.6, language: 0.15, followers: 0.15, platform: 0.1 } as const;
/** Term weights: the brand's own keywords count most, a category's ancestors least. */
const TERM_WEIGHT = { keyword: 1, category: 0.7, parent: 0.4 } as const;
/** Strong presence of this much term weight is a full text match. */
const FULL_MATCH_WEIGHT = 3;
/** A term found in this share of the documents (bio + posts) counts as fully present. */
const FULL_COVERAGE_SHARE = 0.25;
const PENALTY = { competitorPerPost: 10, competitorMax: 30, avoidPerWord: 20, avoidMax: 40 } as const;

const STOPWORDS = new Set(['and', 'or', 'the', 'of', 'a', 'an', 'in', 'on', 'for', 'to', 'with', '&', 'və', 'ilə']);

/**
 * Lower case without accents, so "Café" meets "cafe", with Azerbaijani and Turkish letters folded
 * both ways (İ/i, I/ı, ə/e): "#QIŞ" meets "qış", "İSTİRAHƏT" meets "istirahət" (lib/i18n/fold.ts).
 */
const normalize = foldForMatch;

function words(text: string): string[] {
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

interface Doc {
  id: string;
  field: 'bio' | 'caption';
  postId: string | null;
  text: string;
  tags: string;
}

interface Term {
  term: string;
  weight: number;
  kind: keyof typeof TERM_WEIGHT;
}

function briefTerms(brief: BrandBrief): Term[] {
  const terms = new Map<string, Term>();
  const add = (term: string, kind: Term['kind']) => {
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

/** One piece of text a language detector should see: no hashtags, mentions or links. */
function prose(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#@][\p{L}\p{N}_.]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The bio and each caption as separate pieces of prose: each one votes for a language. */
export function contentProse(snapshot: Pick<ProfileSnapshot, 'bio' | 'posts'>): string[] {
  return [snapshot.bio ?? '', ...snapshot.posts.map((p) => p.caption ?? '')].map(prose).filter(Boolean);
}

/** Languages whose letters are not Latin: a vote for one must come from text in its script. */
const SCRIPTS: Array<[RegExp, readonly string[]]> = [
  [/\p{Script=Greek}/gu, ['el']],
  [/\p{Script=Cyrillic}/gu, ['ru', 'uk', 'bg', 'be', 'kk', 'ky', 'mk', 'mn', 'sr', 'tg', 'tt']],
  [/\p{Script=Arabic}/gu, ['ar', 'fa', 'ur', 'ps', 'ug', 'ckb']],
  [/\p{Script=Hebrew}/gu, ['he', 'yi']],
  [/\p{Script=Devanagari}/gu, ['hi', 'mr', 'ne', 'sa']],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ['zh', 'ja']],
  [/\p{Script=Hangul}/gu, ['ko']],
  [/\p{Script=Thai}/gu, ['th']],
  [/\p{Script=Armenian}/gu, ['hy']],
  [/\p{Script=Georgian}/gu, ['ka']],
  [/\p{Script=Bengali}/gu, ['bn']],
  [/\p{Script=Tamil}/gu, ['ta']],
];

/** Whether most of the text's letters are in the script the language is written in. */
function scriptFits(language: string, text: string, letters: number): boolean {
  const script = SCRIPTS.find(([, langs]) => langs.includes(language));
  const share = (re: RegExp) => (text.match(re) ?? []).length / letters;
  if (script) return share(script[0]) >= 0.5;
  return share(/\p{Script=Latin}/gu) >= 0.5;
}

/** Letters a piece needs before its language is guessed, and what the whole needs to be decided. */
const PIECE_MIN_LETTERS = 20;
const PIECE_MIN_WORDS = 4;
const TOTAL_MIN_LETTERS = 40;
/** The winning language's share of the letters in pieces that could be read. */
const MAJORITY = 0.6;

/** One piece's language, or null when it is too short, unsure or written in another script. */
function pieceLanguage(text: string): string | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < PIECE_MIN_LETTERS || text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < PIECE_MIN_WORDS) return null;
  // tinyld has no Azerbaijani and reads it as Turkish; the letter ə is Azerbaijani's own among
  // Latin-script languages, so its presence decides.
  const schwa = (text.match(/[əƏ]/g) ?? []).length;
  if (schwa / letters > 0.01) return 'az';
  const [best, second] = detectAll(text);
  if (!best || best.accuracy < 0.5 || (second && best.accuracy - second.accuracy < 0.25)) return null;
  return scriptFits(best.lang, text, letters) ? best.lang : null;
}

/**
 * The content language (ISO 639-1) of the bio and captions, or null ("unknown") when the text is
 * too short or mixed: each piece long enough votes with its letters, and one language must hold
 * most of them. A wrong language costs a creator the whole language part of brand fit, so unsure
 * is better than wrong: English captions with a Greek toast ("Opa! Γεια σου") stay English, a
 * two-word bio is not read at all.
 */
export function detectLanguage(text: string | readonly string[]): string | null {
  const pieces = typeof text === 'string' ? [prose(text)] : text;
  const votes = new Map<string, number>();
  let read = 0;
  for (const piece of pieces) {
    const lang = pieceLanguage(piece);
    if (!lang) continue;
    const letters = (piece.match(/\p{L}/gu) ?? []).length;
    votes.set(lang, (votes.get(lang) ?? 0) + letters);
    read += letters;
  }
  if (read < TOTAL_MIN_LETTERS) return null;
  const [lang, count] = [...votes].sort((a, b) => b[1] - a[1])[0]!;
  return count / read >= MAJORITY ? lang : null;
}

/** The language of one text (a caption, a comment), or null when it is too short or unclear: the dossier's bundled detector. */
export function textLanguage(text: string): string | null {
  return pieceLanguage(prose(text));
}

/** The browser's own detector's answer (browser.i18n.detectLanguage), where the caller has one. */
export interface BrowserLanguage {
  language: string;
  reliable: boolean;
}

/**
 * Vetlens's detector decides; the browser's may only say "unsure". When the browser reliably names
 * another language, the answer is null rather than either guess. The browser never supplies a
 * language Vetlens did not find, so `npm run vet` (which has no browser) and the extension give the
 * same language whenever they give one.
 */
export function resolveLanguage(own: string | null, browserLanguage: BrowserLanguage | null | undefined): string | null {
  if (own === null || !browserLanguage?.reliable) return own;
  const base = browserLanguage.language.toLowerCase().split(/[-_]/)[0];
  return base === own || base === 'und' ? own : null;
}

function phraseRegex(phrase: string): RegExp | null {
  const w = words(phrase);
  if (!w.length) return null;
  const escaped = w.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}($|[^\\p{L}\\p{N}])`, 'u');
}

/** Whether a competitor or avoid-word appears: as words, or run together inside a #tag or @mention. */
function mentions(phrase: string, text: string, handles: readonly string[]): boolean {
  const re = phraseRegex(phrase);
  if (re && re.test(normalize(text))) return true;
  const compact = words(phrase).join('');
  if (compact.length < 3) return false;
  // "#glossierpartner" and "@glossier.us" name the brand; a short name inside a longer word
  // ("rival" in "#arrival") does not, so only long names may sit anywhere in a tag.
  return handles.some((h) => h === compact || h.startsWith(compact) || (compact.length >= 6 && h.includes(compact)));
}

function tagsAndMentions(text: string, hashtags: readonly string[]): string[] {
  const found = [...normalize(text).matchAll(/[#@]([\p{L}\p{N}_.]+)/gu)].map((m) => m[1]!.replace(/[_.]/g, ''));
  return [...found, ...hashtags.map((h) => normalize(h).replace(/[_.]/g, ''))];
}

const PROMO_PATTERNS: RegExp[] = [
  /link in (my )?bio/i,
  /use (my )?code/i,
  /promo ?code/i,
  /discount/i,
  /\bcode\s*[:-]?\s*[A-Z0-9]{4,}\b/,
  /\d+\s?% off/i,
  /#partner\b/i,
  /sponsored by/i,
  /in partnership with/i,
  /\baffiliate\b/i,
  /endirim/i,
  /promokod/i,
];
const DISCLOSURE_TAGS = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsored',
  'sponsoredpost',
  'paidpartnership',
  'reklam',
  'anuncio',
  'publi',
  'publicidad',
  'werbung',
  'anzeige',
  'pub',
  'publicite',
  'spon',
]);
const DISCLOSURE_TEXT = /paid partnership|sponsored post|\bad\s*[|:]|reklam|\[ad\]|\(ad\)|werbung|anzeige|publicidad/i;

/** Whether a caption carries an #ad-style disclosure: a hashtag such as #ad or #reklam, or words such as "paid partnership". */
export function captionDisclosesAd(caption: string | null, hashtags: readonly string[]): boolean {
  const tags = new Set([...hashtags.map((h) => normalize(h)), ...[...(caption ?? '').matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => normalize(m[1]!))]);
  return [...tags].some((t) => DISCLOSURE_TAGS.has(t)) || (caption !== null && DISCLOSURE_TEXT.test(caption));
}

/** A post that reads like a promotion but carries no #ad-style disclosure. */
export function undisclosedPromotion(caption: string | null, hashtags: readonly string[]): string | null {
  if (!caption) return null;
  if (captionDisclosesAd(caption, hashtags)) return null;
  for (const pattern of PROMO_PATTERNS) {
    const m = caption.match(pattern);
    if (m) return m[0];
  }
  // A brand @mention next to a promotional word, e.g. "thanks @brand for the gift".
  const promoWord = /\b(gift(ed)?|collab|giveaway|shop|order|sale|buy|deal)\b/i;
  if (/@[\p{L}\p{N}_.]{2,}/u.test(caption) && promoWord.test(caption)) return caption.match(promoWord)![0];
  return null;
}

/** "English (en)" in the interface language; the code alone where Intl does not know it. */
function languageName(code: string, locale: string): string {
  try {
    // Without the interface language's own names (Chromium has no Azerbaijani data), the code alone.
    if (missingConventions(locale)) return code;
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

function snippet(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * Brand fit of one snapshot against a brief: BM25 matching (minisearch) of the brief's keywords and
 * IAB category names over the bio, captions and split hashtags, plus language, follower range and
 * platform, minus competitor and avoid-word penalties. Audience demographics are not on the page,
 * so they are reported unknown.
 */
export function scoreBrandFit(
  snapshot: ProfileSnapshot,
  brief: BrandBrief,
  i18n: I18n,
  options: { browserLanguage?: BrowserLanguage | null } = {},
): BrandFitScore {
  const { t, locale } = i18n;
  const terms = briefTerms(brief);
  const vocabulary = [...new Set(terms.flatMap((x) => words(x.term)))];
  const docs: Doc[] = [];
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
  const reasons: string[] = [];
  const warnings: BrandFitWarning[] = [];
  const matches: BrandFitMatch[] = [];
  const missing: string[] = [];

  // Text match.
  let text: number | null = null;
  if (terms.length && docs.length) {
    const index = new MiniSearch<Doc>({
      fields: ['text', 'tags'],
      idField: 'id',
      // Split on anything that is not a letter or digit: emoji glued to words ("lip💋") must not hide them.
      tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u),
      processTerm: (term) => {
        const w = normalize(term);
        return STOPWORDS.has(w) ? null : w;
      },
    });
    index.addAll(docs);
    const need = Math.max(1, Math.ceil(docs.length * FULL_COVERAGE_SHARE));
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
    text = Math.round(100 * Math.min(1, got / Math.min(totalWeight, FULL_MATCH_WEIGHT)));
    reasons.push(t('fit_reason_terms', matches.length, terms.length, docs.filter((d) => d.postId).length));
    for (const m of matches.slice(0, 5))
      reasons.push(t('fit_reason_term_found', m.term, m.postIds.length, m.fields.map((f) => t(messageKey('fit_field', f))).join(', ')));
    if (missing.length) reasons.push(t('fit_reason_terms_missing', missing.slice(0, 8).join(', ')));
  } else if (terms.length) {
    reasons.push(t('fit_reason_no_text'));
  }

  // Language.
  const detected = resolveLanguage(detectLanguage(contentProse(snapshot)), options.browserLanguage);
  let language: number | null = null;
  let accepted: boolean | null = null;
  if (brief.languages.length) {
    if (detected === null) reasons.push(t('fit_reason_language_unknown'));
    else {
      accepted = brief.languages.includes(detected);
      language = accepted ? 100 : 0;
      reasons.push(
        t(
          accepted ? 'fit_reason_language_ok' : 'fit_reason_language_other',
          languageName(detected, locale),
          brief.languages.map((l) => languageName(l, locale)).join(', '),
        ),
      );
    }
  }

  // Follower range.
  let followers: number | null = null;
  const { min, max } = brief.followerRange;
  if (min !== null || max !== null) {
    if (snapshot.followers === null) reasons.push(t('fit_reason_followers_unknown'));
    else {
      const inside = (min === null || snapshot.followers >= min) && (max === null || snapshot.followers <= max);
      followers = inside ? 100 : 0;
      reasons.push(
        t(
          inside ? 'fit_reason_followers_in' : 'fit_reason_followers_out',
          formatCount(snapshot.followers, locale),
          formatCount(min, locale),
          formatCount(max, locale),
        ),
      );
    }
  }

  // Platform.
  const platformOk = brief.platforms.length === 0 || brief.platforms.includes(snapshot.platform);
  const platform = brief.platforms.length ? (platformOk ? 100 : 0) : null;
  if (!platformOk) reasons.push(t('fit_reason_platform_out', t(messageKey('platform', snapshot.platform))));

  // Warnings: competitors, avoid-words, undisclosed promotions.
  const sources = [
    { postId: undefined as string | undefined, text: snapshot.bio ?? '', handles: tagsAndMentions(snapshot.bio ?? '', []) },
    ...snapshot.posts.map((p) => ({ postId: p.id, text: p.caption ?? '', handles: tagsAndMentions(p.caption ?? '', p.hashtags) })),
  ];
  let penalty = 0;
  let competitorPosts = 0;
  for (const competitor of brief.competitors) {
    for (const s of sources) {
      if (!mentions(competitor, s.text, s.handles)) continue;
      competitorPosts++;
      warnings.push({
        id: 'competitor',
        postId: s.postId,
        evidence: s.postId ? t('fit_warn_competitor_post', competitor, s.postId) : t('fit_warn_competitor_bio', competitor),
      });
    }
  }
  penalty += Math.min(PENALTY.competitorMax, competitorPosts * PENALTY.competitorPerPost);
  let avoidFound = 0;
  for (const word of brief.avoidWords) {
    const hits = sources.filter((s) => mentions(word, s.text, s.handles));
    if (!hits.length) continue;
    avoidFound++;
    const ids = hits.flatMap((h) => (h.postId ? [h.postId] : []));
    warnings.push({
      id: 'avoid-word',
      postId: ids[0],
      evidence: t('fit_warn_avoid_word', word, [...(hits.some((h) => !h.postId) ? [t('fit_field_bio')] : []), ...ids.slice(0, 5)].join(', ')),
    });
  }
  penalty += Math.min(PENALTY.avoidMax, avoidFound * PENALTY.avoidPerWord);
  const own = ownNames(snapshot);
  for (const post of snapshot.posts) {
    // The platform's own "Paid partnership" label is a disclosure, whatever the caption says; so are
    // words such as "This video was sponsored by …"; and the creator's own shop has no sponsor.
    const promotion = readPromotion(post, own);
    if (promotion.disclosed || promotion.own) continue;
    const cue = undisclosedPromotion(post.caption, post.hashtags);
    if (cue) warnings.push({ id: 'undisclosed-sponsorship', postId: post.id, evidence: t('fit_warn_undisclosed', post.id, snippet(cue)) });
  }

  reasons.push(t('fit_reason_audience_unknown'));
  const parts = { text, language, followers, platform };
  const available = (Object.keys(parts) as Array<keyof typeof parts>).filter((k) => parts[k] !== null);
  const inputs = { postIds: docs.flatMap((d) => (d.postId ? [d.postId] : [])), count: docs.filter((d) => d.postId).length, bio: !!snapshot.bio };
  const common = {
    briefName: brief.name,
    warnings,
    matches,
    missing,
    language: { detected, accepted },
    audience: { age: null, gender: null, country: null } as const,
    inputs,
    parts,
  };
  if (!available.length || (terms.length > 0 && text === null)) {
    return { ...common, score: null, confidence: 'none', reasons: [t('fit_reason_not_enough'), ...reasons] };
  }
  const weightSum = available.reduce((s, k) => s + FIT_WEIGHTS[k], 0);
  const raw = available.reduce((s, k) => s + parts[k]! * FIT_WEIGHTS[k], 0) / weightSum;
  if (penalty) reasons.push(t('fit_reason_penalty', penalty));
  const confidence: Confidence = text === null ? 'low' : inputs.count >= 9 ? 'high' : inputs.count >= 3 ? 'medium' : 'low';
  return { ...common, score: Math.round(clamp(raw - penalty, 0, 100)), confidence, reasons };
}

function extractTagWords(caption: string, hashtags: readonly string[], vocabulary: readonly string[]): string {
  const inline = [...caption.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!);
  return [...new Set([...inline, ...hashtags])].flatMap((h) => splitHashtag(h, vocabulary)).join(' ');
}
