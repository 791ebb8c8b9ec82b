import type { BrandBrief } from '../brief';
import type { ProfileSnapshot } from '../snapshot';
import { brandFitDocs, brandFitSources, briefTerms } from './brand-fit-text';
import { BRAND_FIT_CHECKS } from './checks/brand-fit';
import type { BrandFitInput, BrandFitPart } from './checks/check';
import { count, fact, type Fact } from './fact';
import { clamp } from './stats';
import type { BrandFitMatch, BrandFitScore, BrandFitWarning, Confidence } from './types';
import { detectAll } from 'tinyld';

export { splitHashtag } from './brand-fit-text';

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

/**
 * Brand fit of one snapshot against a brief: each check of lib/scoring/checks/brand-fit/ sets a part
 * of the fit score (text match, language, follower range, platform, weighted over the parts the brief
 * sets) or raises warnings with points off (competitors, words to avoid, undisclosed promotions).
 * Audience demographics are not on the page, so they are reported unknown.
 */
export function scoreBrandFit(snapshot: ProfileSnapshot, brief: BrandBrief, options: { browserLanguage?: BrowserLanguage | null } = {}): BrandFitScore {
  const terms = briefTerms(brief);
  const docs = brandFitDocs(snapshot, terms);
  const detected = resolveLanguage(detectLanguage(contentProse(snapshot)), options.browserLanguage);
  const input: BrandFitInput = { snapshot, brief, terms, docs, sources: brandFitSources(snapshot), language: detected };
  const reasons: Fact[] = [];
  const warnings: BrandFitWarning[] = [];
  const parts: Record<BrandFitPart, number | null> = { text: null, language: null, followers: null, platform: null };
  const weights: Partial<Record<BrandFitPart, number>> = {};
  let matches: BrandFitMatch[] = [];
  let missing: string[] = [];
  let accepted: boolean | null = null;
  let textUnread = false;
  let penalty = 0;
  for (const check of BRAND_FIT_CHECKS) {
    const outcome = check.run(input);
    reasons.push(...outcome.reasons);
    warnings.push(...(outcome.warnings ?? []));
    if ('part' in check.counts) {
      weights[check.counts.part] = check.counts.weight;
      if (outcome.status === 'checked') parts[check.counts.part] = outcome.score ?? null;
      // Terms to look for and nothing to look in: the fit cannot be told.
      if (check.counts.part === 'text' && outcome.status === 'not-checked') textUnread = true;
    } else penalty += outcome.penalty ?? 0;
    if (outcome.matches) matches = outcome.matches;
    if (outcome.missing) missing = outcome.missing;
    if (outcome.accepted !== undefined) accepted = outcome.accepted;
  }
  reasons.push(fact('fit_reason_audience_unknown'));
  const available = (Object.keys(parts) as BrandFitPart[]).filter((k) => parts[k] !== null);
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
  if (!available.length || textUnread) {
    return { ...common, score: null, confidence: 'none', reasons: [fact('fit_reason_not_enough'), ...reasons] };
  }
  const weightSum = available.reduce((s, k) => s + weights[k]!, 0);
  const raw = available.reduce((s, k) => s + parts[k]! * weights[k]!, 0) / weightSum;
  if (penalty) reasons.push(fact('fit_reason_penalty', count(penalty)));
  const confidence: Confidence = parts.text === null ? 'low' : inputs.count >= 9 ? 'high' : inputs.count >= 3 ? 'medium' : 'low';
  return { ...common, score: Math.round(clamp(raw - penalty, 0, 100)), confidence, reasons };
}
