import { isPlural, type Fact, type FactArg, type FactPart } from '../scoring/fact';
import { sourceTitle } from '../scoring/sources';
import type {
  AuthenticityFlag,
  AuthenticityScore,
  BrandFitScore,
  BrandFitWarning,
  EngagementScore,
  OverallScore,
  ReachScore,
  ScoreBase,
  ScoreEvidence,
  Scores,
} from '../scoring/types';
import { formatCount, formatDate, formatDecimal, formatPercent, formatWholePercent, missingConventions } from './format';
import { plural } from './plural';
import { tierText } from './tier-label';
import type { I18n } from './translate';

/**
 * The one place a fact of scoring (lib/scoring/fact.ts) becomes a sentence: the card, the side panel,
 * the popup and `npm run vet` all write reasons, flags' evidence and warnings through `writeFact`, so
 * a sentence is written the same way everywhere, in the interface's language and number conventions.
 */
export function writeFact(fact: Fact, i18n: Pick<I18n, 't' | 'locale'>): string {
  const args = fact.args.map((arg) => writeArg(arg, i18n));
  return isPlural(fact) ? plural(i18n, fact.plural, fact.count, ...args) : i18n.t(fact.key, ...args);
}

export function writeFacts(facts: readonly Fact[], i18n: Pick<I18n, 't' | 'locale'>): string[] {
  return facts.map((f) => writeFact(f, i18n));
}

const JOINERS = { comma: ', ', semicolon: '; ', plus: ' + ' } as const;

function writeArg(arg: FactArg, i18n: Pick<I18n, 't' | 'locale'>): string {
  if (arg.kind === 'list') return arg.items.map((item) => writePart(item, i18n)).join(JOINERS[arg.joiner]);
  return writePart(arg, i18n);
}

function writePart(part: FactPart, i18n: Pick<I18n, 't' | 'locale'>): string {
  const { locale } = i18n;
  switch (part.kind) {
    case 'fact':
      return writeFact(part.fact, i18n);
    case 'count':
      return formatCount(part.value, locale);
    case 'percent':
      return formatPercent(part.value, locale);
    case 'share':
      return formatWholePercent(part.value, locale);
    case 'decimal':
      return formatDecimal(part.value, locale, part.digits, part.minDigits);
    case 'year':
      return String(part.value);
    case 'tier':
      return tierText(part.label, locale);
    case 'date':
      return formatDate(part.iso, locale);
    case 'source': {
      const title = sourceTitle(part.source, i18n);
      if (part.year === undefined) return title;
      return part.yearIn === 'parens' ? `${title} (${part.year})` : `${title}, ${part.year}`;
    }
    case 'language':
      return languageName(part.code, locale);
    case 'message':
      return i18n.t(part.key);
    case 'text':
      return part.value;
  }
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

type Written<S extends ScoreBase> = Omit<S, 'reasons'> & { reasons: string[] };

/** Scores with every reason, flag and warning written out: what `npm run vet` prints for the language it was asked for. */
export interface WrittenScores {
  engagement: Written<EngagementScore>;
  reach: Written<ReachScore> | null;
  authenticity: Omit<Written<AuthenticityScore>, 'flags'> & { flags: Array<Omit<AuthenticityFlag, 'evidence'> & { evidence: string }> };
  brandFit: (Omit<Written<BrandFitScore>, 'warnings'> & { warnings: Array<Omit<BrandFitWarning, 'evidence'> & { evidence: string }> }) | null;
  overall: Written<OverallScore>;
  evidence: ScoreEvidence;
}

export function writeScores(scores: Required<Scores>, i18n: Pick<I18n, 't' | 'locale'>): WrittenScores {
  const written = <S extends ScoreBase>(score: S): Written<S> => ({ ...score, reasons: writeFacts(score.reasons, i18n) });
  const { engagement, reach, authenticity, brandFit, overall, evidence } = scores;
  return {
    engagement: written(engagement),
    reach: reach && written(reach),
    authenticity: { ...written(authenticity), flags: authenticity.flags.map((f) => ({ ...f, evidence: writeFact(f.evidence, i18n) })) },
    brandFit: brandFit && { ...written(brandFit), warnings: brandFit.warnings.map((w) => ({ ...w, evidence: writeFact(w.evidence, i18n) })) },
    overall: written(overall),
    evidence,
  };
}
