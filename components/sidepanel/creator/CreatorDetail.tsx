import { useEffect, useRef } from 'preact/hooks';
import type { VetlensDB } from '../../../lib/storage/db';
import { historySeries } from '../../../lib/scoring/history';
import { storedSnapshots } from '../../../lib/storage/visits';
import { formatCount, formatPercent } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { groupMembers, linkCreators, suggestLinks, unlinkCreator } from '../../../lib/storage/linking';
import { applyUndo, type Undo } from '../../../lib/storage/undo';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { handleLabel } from '../labels';
import type { ToastState } from '../Toast';
import { HistoryChart } from './HistoryChart';
import { LinkSuggestions } from './LinkSuggestions';
import { OutreachFields } from './OutreachFields';
import { PlatformCards } from './PlatformCards';
import { ScoreBreakdown } from './ScoreBreakdown';
import { useCreatorScores } from './useCreatorScores';
import { lookAlikeOf, shownHandle, shownName } from '../../../lib/handle-display';
import { useCreatorDossier } from './useCreatorDossier';
import { DossierView } from '../../report/dossier/DossierView';
import { creatorVerdicts } from '../../../lib/storage/verdicts';
import { judgeGrowthFlags, judgeScoreFlags } from '../../../lib/verdicts';
import { FlagVerdicts } from './FlagVerdicts';

/** One creator: their platforms and links, the marketer's notes, the history of visits, and every score explained. */
export function CreatorDetail(props: {
  db: VetlensDB;
  i18n: I18n;
  creatorKey: string;
  onClose: () => void;
  onOpenCreator: (key: string) => void;
  showToast: (toast: Omit<ToastState, 'id'>) => void;
}) {
  const { db, i18n, creatorKey } = props;
  const { t, locale } = i18n;
  const creator = useLiveQuery(() => db.creators.get(creatorKey), [creatorKey]).value;
  const snapshots = useLiveQuery(() => storedSnapshots(db, creatorKey), [creatorKey]).value ?? [];
  const members = useLiveQuery(() => groupMembers(db, creatorKey), [creatorKey]).value ?? [];
  const suggestions = useLiveQuery(() => suggestLinks(db, creatorKey), [creatorKey]).value ?? [];
  // Another stored creator whose handle looks the same ("nаsa" with a Cyrillic а beside "nasa").
  const lookAlike = useLiveQuery(async () => lookAlikeOf(creatorKey, await db.creators.toCollection().primaryKeys()), [creatorKey]).value ?? null;
  const latest = snapshots[snapshots.length - 1] ?? null;
  const scores = useCreatorScores(db, creatorKey, latest, i18n);
  const dossier = useCreatorDossier(db, creatorKey, latest, i18n);
  const verdicts = useLiveQuery(() => creatorVerdicts(db, creatorKey), [creatorKey]).value ?? [];
  const flags = [...(scores ? judgeScoreFlags(scores, verdicts) : []), ...(dossier ? judgeGrowthFlags(dossier.growth, verdicts) : [])];

  const series = historySeries(snapshots);
  // Opened from a list row (the row is hidden now): focus moves into the detail instead of being lost.
  const back = useRef<HTMLButtonElement>(null);
  const loaded = creator !== undefined;
  useEffect(() => {
    if (loaded) back.current?.focus();
  }, [loaded]);
  const undoable = (undo: Undo, message: string) => props.showToast({ message, undo: () => applyUndo(db, undo) });
  const linked = (creators: Undo['creators'], count: number): Undo => ({
    lists: [],
    listsToDelete: [],
    entriesToPut: [],
    entriesToDelete: [],
    creators,
    count,
  });

  if (creator === undefined)
    return (
      <section class="detail">
        <p class="muted">{t('sp_loading')}</p>
      </section>
    );

  return (
    <section class="detail" data-testid="creator-detail" aria-label={handleLabel(creator)}>
      <header class="detail-head">
        <button ref={back} type="button" class="ghost" data-testid="creator-back" onClick={props.onClose} aria-label={t('sp_back')}>
          ← {t('sp_back')}
        </button>
        <h2>{handleLabel(creator)}</h2>
        {creator.displayName && creator.handle && <span class="muted">{shownName(creator.displayName)}</span>}
        {lookAlike && (
          <p class="warn" data-testid="creator-lookalike" role="note">
            {t('handle_lookalike', shownHandle(lookAlike))}
          </p>
        )}
      </header>

      <PlatformCards
        members={members}
        creatorKey={creatorKey}
        i18n={i18n}
        onOpenCreator={props.onOpenCreator}
        onUnlink={async (key) => undoable(linked(await unlinkCreator(db, key), 1), t('sp_unlinked'))}
      />
      <LinkSuggestions
        suggestions={suggestions}
        i18n={i18n}
        onLink={async (key) => undoable(linked(await linkCreators(db, [creatorKey, key]), 2), t('sp_linked', 2))}
      />

      <OutreachFields db={db} creator={creator} i18n={i18n} undoable={undoable} />

      <h3>{t('sp_history', snapshots.length)}</h3>
      <div class="charts">
        <HistoryChart
          points={series}
          pick={(p) => p.followers}
          format={(v) => formatCount(v, locale)}
          label={t('sp_followers')}
          i18n={i18n}
          testId="chart-followers"
        />
        <HistoryChart
          points={series}
          pick={(p) => p.engagementRate}
          format={(v) => formatPercent(v, locale)}
          label={t('sp_engagement_rate')}
          i18n={i18n}
          testId="chart-engagement"
        />
      </div>

      <h3>{t('sp_score_breakdown')}</h3>
      {!scores ? <p class="muted">{latest ? t('sp_loading') : t('sp_no_snapshot')}</p> : <ScoreBreakdown scores={scores} i18n={i18n} flags={flags} />}
      <FlagVerdicts db={db} creatorKey={creatorKey} flags={flags} i18n={i18n} showToast={props.showToast} />
      {dossier && <DossierView dossier={dossier} i18n={i18n} open />}
    </section>
  );
}
