import { writeFact } from '../../../lib/i18n/facts';
import type { I18n } from '../../../lib/i18n/translate';
import type { Fact } from '../../../lib/scoring/fact';
import type { ScoreBase, Scores } from '../../../lib/scoring/types';
import { authenticityFlagKey, brandFitWarningKey, type JudgedFlag } from '../../../lib/verdicts';
import { messageKey } from '../../../lib/i18n/keys';

/** A flag or warning under its score: the evidence, and the verdict key it is explained under. */
interface RaisedLine {
  evidence: Fact;
  flag: string;
}

function ScoreBlock(props: {
  title: string;
  score: ScoreBase | null;
  i18n: I18n;
  raised?: readonly RaisedLine[];
  testId?: string;
  notes?: ReadonlyMap<string, string>;
}) {
  const { i18n } = props;
  const { t } = i18n;
  return (
    <div class="score-block" data-testid={props.testId} data-score={props.score?.score ?? ''} data-confidence={props.score?.confidence}>
      <h4>
        {props.title}: <strong>{props.score?.score ?? '—'}</strong>
        {props.score && <span class="muted"> · {t(messageKey('confidence', props.score.confidence))}</span>}
      </h4>
      {props.score ? (
        <ul>
          {(props.raised ?? []).map((line, i) => {
            const note = props.notes?.get(line.flag);
            const evidence = writeFact(line.evidence, i18n);
            return <li key={`f${i}`}>{note === undefined ? evidence : `${evidence} (${t('verdict_explained', note)})`}</li>;
          })}
          {props.score.reasons.map((reason, i) => (
            <li key={`r${i}`}>{writeFact(reason, i18n)}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('sp_no_brief')}</p>
      )}
    </div>
  );
}

/** Every score of the creator with its confidence and reasons (authenticity's flags, brand fit's warnings). */
export function ScoreBreakdown(props: { scores: Scores; i18n: I18n; flags?: readonly JudgedFlag[] }) {
  const { scores, i18n } = props;
  const { t } = i18n;
  // A flag the marketer explained keeps its evidence, with their note beside it.
  const notes = new Map((props.flags ?? []).flatMap((f) => (f.explained === null ? [] : [[f.flag, f.explained] as const])));
  const flags = scores.authenticity.flags.map((f) => ({ evidence: f.evidence, flag: authenticityFlagKey(f.id) }));
  const warnings = (scores.brandFit?.warnings ?? []).map((w) => ({ evidence: w.evidence, flag: brandFitWarningKey(w) }));
  return (
    <div class="scores" data-testid="score-breakdown">
      <ScoreBlock title={t('sp_score_overall')} score={scores.overall} i18n={i18n} />
      <ScoreBlock title={t('sp_score_engagement')} score={scores.engagement} i18n={i18n} testId="score-engagement" />
      {scores.reach && <ScoreBlock title={t('score_reach')} score={scores.reach} i18n={i18n} testId="score-reach" />}
      <ScoreBlock title={t('sp_score_authenticity')} score={scores.authenticity} i18n={i18n} testId="score-authenticity" raised={flags} notes={notes} />
      <ScoreBlock title={t('sp_score_brand_fit')} score={scores.brandFit} i18n={i18n} raised={warnings} notes={notes} />
    </div>
  );
}
