import type { I18n } from '../../../lib/i18n/translate';
import type { ScoreBase, Scores } from '../../../lib/scoring/types';
import { unique } from '../../report/lines';
import type { JudgedFlag } from '../../../lib/verdicts';
import { messageKey } from '../../../lib/i18n/keys';

function ScoreBlock(props: { title: string; score: ScoreBase | null; i18n: I18n; extra?: string[]; testId?: string; judge?: (line: string) => string }) {
  const { t } = props.i18n;
  return (
    <div class="score-block" data-testid={props.testId} data-score={props.score?.score ?? ''} data-confidence={props.score?.confidence}>
      <h4>
        {props.title}: <strong>{props.score?.score ?? '—'}</strong>
        {props.score && <span class="muted"> · {t(messageKey('confidence', props.score.confidence))}</span>}
      </h4>
      {props.score ? (
        <ul>
          {unique([...props.score.reasons, ...(props.extra ?? [])]).map((r, i) => (
            <li key={i}>{props.judge ? props.judge(r) : r}</li>
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
  const explained = new Map((props.flags ?? []).flatMap((f) => (f.explained === null ? [] : [[f.evidence, f.explained] as const])));
  const judged = (evidence: string) => (explained.has(evidence) ? `${evidence} (${t('verdict_explained', explained.get(evidence)!)})` : evidence);
  return (
    <div class="scores" data-testid="score-breakdown">
      <ScoreBlock title={t('sp_score_overall')} score={scores.overall} i18n={i18n} />
      <ScoreBlock title={t('sp_score_engagement')} score={scores.engagement} i18n={i18n} testId="score-engagement" />
      {scores.reach && <ScoreBlock title={t('score_reach')} score={scores.reach} i18n={i18n} testId="score-reach" />}
      <ScoreBlock
        title={t('sp_score_authenticity')}
        score={scores.authenticity}
        i18n={i18n}
        testId="score-authenticity"
        extra={scores.authenticity.flags.map((f) => f.evidence)}
        judge={judged}
      />
      <ScoreBlock title={t('sp_score_brand_fit')} score={scores.brandFit} i18n={i18n} extra={scores.brandFit?.warnings.map((w) => w.evidence)} judge={judged} />
    </div>
  );
}
