import { useEffect, useRef, useState } from 'preact/hooks';
import { scoreWithStore } from '../../lib/background/service';
import { OUTREACH_STATUSES, type OutreachStatus } from '../../lib/storage/records';
import type { VetlensDB } from '../../lib/storage/db';
import { chartPoints, historySeries, type HistoryPoint } from '../../lib/scoring/history';
import { storedSnapshots } from '../../lib/storage/visits';
import { formatCount, formatDate, formatPercent } from '../../lib/i18n/format';
import type { I18n } from '../../lib/i18n/translate';
import { groupMembers, linkCreators, suggestLinks, unlinkCreator } from '../../lib/storage/linking';
import type { ScoreBase, Scores } from '../../lib/scoring/types';
import { applyUndo, type Undo } from '../../lib/storage/undo';
import { addTag, removeTag, setNotes, setStatus } from '../../lib/storage/creators';
import { unique } from '../report/lines';
import { useLiveQuery } from './hooks';
import { handleLabel, safeProfileUrl, statusLabel } from './labels';
import type { ToastState } from './Toast';

const CHART_W = 300;
const CHART_H = 70;

/** A small SVG line over the stored visits; each dot is one visit, with its date in the tooltip. */
export function HistoryChart(props: { points: HistoryPoint[]; pick: (p: HistoryPoint) => number | null; format: (v: number) => string; label: string; i18n: I18n; testId: string }) {
  const placed = chartPoints(props.points, props.pick, CHART_W, CHART_H);
  const { locale } = props.i18n;
  return (
    <figure class="chart" data-testid={props.testId}>
      <figcaption>{props.label}</figcaption>
      {placed.length === 0 ? (
        <p class="muted">{props.i18n.t('sp_chart_no_data')}</p>
      ) : (
        <svg viewBox={`0 0 ${CHART_W} ${CHART_H}`} width="100%" height={CHART_H} role="img" aria-label={props.label}>
          {placed.length > 1 && <polyline fill="none" stroke="currentColor" stroke-width="1.5" points={placed.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} />}
          {placed.map((p) => (
            <circle key={p.capturedAt} cx={p.x} cy={p.y} r="3" fill="currentColor">
              <title>{`${formatDate(p.capturedAt, locale)}: ${props.format(p.value)}`}</title>
            </circle>
          ))}
        </svg>
      )}
      {placed.length > 0 && (
        <ol class="visits">
          {placed.map((p) => (
            <li key={p.capturedAt}>
              <time dateTime={p.capturedAt}>{formatDate(p.capturedAt, locale)}</time> {props.format(p.value)}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}

function ScoreBlock(props: { title: string; score: ScoreBase | null; i18n: I18n; extra?: string[]; testId?: string }) {
  const { t } = props.i18n;
  return (
    <div class="score-block" data-testid={props.testId} data-score={props.score?.score ?? ''}>
      <h4>
        {props.title}: <strong>{props.score?.score ?? '—'}</strong>
        {props.score && <span class="muted"> · {t(`confidence_${props.score.confidence}`)}</span>}
      </h4>
      {props.score ? (
        <ul>
          {unique([...props.score.reasons, ...(props.extra ?? [])]).map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('sp_no_brief')}</p>
      )}
    </div>
  );
}

export function CreatorDetail(props: { db: VetlensDB; i18n: I18n; creatorKey: string; onClose: () => void; onOpenCreator: (key: string) => void; showToast: (toast: Omit<ToastState, 'id'>) => void }) {
  const { db, i18n, creatorKey } = props;
  const { t, locale } = i18n;
  const creator = useLiveQuery(() => db.creators.get(creatorKey), [creatorKey]).value;
  const snapshots = useLiveQuery(() => storedSnapshots(db, creatorKey), [creatorKey]).value ?? [];
  const members = useLiveQuery(() => groupMembers(db, creatorKey), [creatorKey]).value ?? [];
  const suggestions = useLiveQuery(() => suggestLinks(db, creatorKey), [creatorKey]).value ?? [];
  const [scores, setScores] = useState<Scores | null>(null);
  const [notes, setNotesDraft] = useState('');
  const [tagDraft, setTagDraft] = useState('');
  const notesTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = snapshots[snapshots.length - 1] ?? null;

  // Follow stored notes (another window may edit them), but never while the marketer is typing here.
  useEffect(() => {
    if (document.activeElement?.getAttribute('data-testid') !== 'creator-notes') setNotesDraft(creator?.notes ?? '');
  }, [creator?.key, creator?.notes]);
  useEffect(() => {
    let live = true;
    if (latest) void scoreWithStore(db, latest, i18n).then((s) => live && setScores(s));
    else setScores(null);
    return () => {
      live = false;
    };
  }, [latest?.capturedAt, creatorKey]);

  const series = historySeries(snapshots, i18n);
  const undoable = (undo: Undo, message: string) => props.showToast({ message, undo: () => applyUndo(db, undo) });

  if (creator === undefined) return <section class="detail"><p class="muted">{t('sp_loading')}</p></section>;

  return (
    <section class="detail" data-testid="creator-detail" aria-label={handleLabel(creator)}>
      <header class="detail-head">
        <button type="button" class="ghost" onClick={props.onClose} aria-label={t('sp_back')}>
          ← {t('sp_back')}
        </button>
        <h2>{handleLabel(creator)}</h2>
        {creator.displayName && creator.handle && <span class="muted">{creator.displayName}</span>}
      </header>

      <div class="platforms" data-testid="creator-platforms">
        {members.map((m) => {
          const url = safeProfileUrl(m.url);
          return (
            <div key={m.key} class={`platform-card${m.key === creatorKey ? ' current' : ''}`}>
              <div class={`chip platform-${m.platform}`}>{t(`platform_${m.platform}`)}</div>
              {m.key === creatorKey ? <strong>{handleLabel(m)}</strong> : <button type="button" class="link" onClick={() => props.onOpenCreator(m.key)}>{handleLabel(m)}</button>}
              <div>{t('sp_followers')}: {formatCount(m.followers, locale)}</div>
              <div>ER {formatPercent(m.scores.engagementRate, locale)} · ★ {m.scores.overall ?? '—'}</div>
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {t('sp_open_profile')}
                </a>
              ) : (
                <span class="muted">{m.url}</span>
              )}
              {members.length > 1 && (
                <button type="button" class="ghost" onClick={async () => undoable({ lists: [], listsToDelete: [], entriesToPut: [], entriesToDelete: [], creators: await unlinkCreator(db, m.key), count: 1 }, t('sp_unlinked'))}>
                  {t('sp_unlink')}
                </button>
              )}
            </div>
          );
        })}
      </div>
      {suggestions.length > 0 && (
        <div class="suggestions" data-testid="link-suggestions">
          <h3>{t('sp_link_suggestions')}</h3>
          <ul>
            {suggestions.map((s) => (
              <li key={s.key}>
                <strong>{s.handle ? `@${s.handle}` : s.key}</strong> · {t(`platform_${s.platform}`)} <span class="muted">({t(`sp_link_${s.direction}`)})</span>{' '}
                <button type="button" onClick={async () => undoable({ lists: [], listsToDelete: [], entriesToPut: [], entriesToDelete: [], creators: await linkCreators(db, [creatorKey, s.key]), count: 2 }, t('sp_linked', 2))}>
                  {t('sp_link')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div class="fields">
        <label>
          {t('sp_status')}
          <select
            value={creator.status}
            data-testid="creator-status"
            onChange={async (e) => {
              const status = (e.target as HTMLSelectElement).value as OutreachStatus;
              undoable(await setStatus(db, [creatorKey], status), t('sp_status_set', 1, statusLabel(status, i18n)));
            }}
          >
            {OUTREACH_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s, i18n)}
              </option>
            ))}
          </select>
        </label>
        <div>
          {t('sp_tags')}:{' '}
          {creator.tags.map((tag) => (
            <span key={tag} class="tag">
              #{tag}{' '}
              <button type="button" class="ghost" aria-label={t('sp_remove_tag', tag)} onClick={async () => undoable(await removeTag(db, [creatorKey], tag), t('sp_tag_removed', tag))}>
                ×
              </button>
            </span>
          ))}
          <form
            class="inline"
            onSubmit={async (e) => {
              e.preventDefault();
              if (!tagDraft.trim()) return;
              await addTag(db, [creatorKey], tagDraft);
              setTagDraft('');
            }}
          >
            <input value={tagDraft} maxLength={50} placeholder={t('sp_add_tag')} aria-label={t('sp_add_tag')} onInput={(e) => setTagDraft((e.target as HTMLInputElement).value)} />
            <button type="submit">+</button>
          </form>
        </div>
        <label class="block">
          {t('sp_notes')}
          <textarea
            rows={3}
            maxLength={20000}
            data-testid="creator-notes"
            value={notes}
            onInput={(e) => {
              const value = (e.target as HTMLTextAreaElement).value;
              setNotesDraft(value);
              // Saved as the marketer types, so closing the panel mid-sentence loses nothing.
              if (notesTimer.current) clearTimeout(notesTimer.current);
              notesTimer.current = setTimeout(() => void setNotes(db, creatorKey, value), 400);
            }}
            onBlur={() => {
              if (notesTimer.current) clearTimeout(notesTimer.current);
              void setNotes(db, creatorKey, notes);
            }}
          />
        </label>
      </div>

      <h3>{t('sp_history', snapshots.length)}</h3>
      <div class="charts">
        <HistoryChart points={series} pick={(p) => p.followers} format={(v) => formatCount(v, locale)} label={t('sp_followers')} i18n={i18n} testId="chart-followers" />
        <HistoryChart points={series} pick={(p) => p.engagementRate} format={(v) => formatPercent(v, locale)} label={t('sp_engagement_rate')} i18n={i18n} testId="chart-engagement" />
      </div>

      <h3>{t('sp_score_breakdown')}</h3>
      {!scores ? (
        <p class="muted">{latest ? t('sp_loading') : t('sp_no_snapshot')}</p>
      ) : (
        <div class="scores" data-testid="score-breakdown">
          <ScoreBlock title={t('sp_score_overall')} score={scores.overall} i18n={i18n} />
          <ScoreBlock title={t('sp_score_engagement')} score={scores.engagement} i18n={i18n} testId="score-engagement" />
          {scores.reach && <ScoreBlock title={t('score_reach')} score={scores.reach} i18n={i18n} testId="score-reach" />}
          <ScoreBlock title={t('sp_score_authenticity')} score={scores.authenticity} i18n={i18n} extra={scores.authenticity.flags.map((f) => f.evidence)} />
          <ScoreBlock title={t('sp_score_brand_fit')} score={scores.brandFit} i18n={i18n} extra={scores.brandFit?.warnings.map((w) => w.evidence)} />
        </div>
      )}
    </section>
  );
}
