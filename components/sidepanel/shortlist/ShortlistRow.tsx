import { basisWords, overallEvidence } from '../../report/dossier/scoreEvidence';
import { formatCount, formatPercent } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import type { WorkspaceRow } from '../../../lib/storage/workspace';
import { checksNote, tentativeAuthenticity } from '../../report/authenticity';
import { handleLabel, statusLabel } from '../labels';
import { shownHandle } from '../../../lib/handle-display';
import { messageKey } from '../../../lib/i18n/keys';

/** One creator in the list: a checkbox to select, and a button that opens the creator, with their numbers at a glance. */
export function ShortlistRow(props: {
  row: WorkspaceRow;
  index: number;
  selected: boolean;
  /** Another stored creator's handle this one looks like (lib/handle-display.ts). */
  lookAlike?: string;
  i18n: I18n;
  onToggle: (key: string) => void;
  onOpen: (key: string) => void;
  onFocus: (index: number) => void;
}) {
  const { i18n, index } = props;
  const { t, locale } = i18n;
  const c = props.row.creator;
  // A score from few checks says so here too, as on the card.
  const caveat = tentativeAuthenticity(c.scores, i18n);
  const checks = checksNote(c.scores.authenticityChecks, i18n);
  return (
    <div class={`row${props.selected ? ' selected' : ''}`} data-testid="shortlist-row" data-creator-key={c.key} data-row-index={index}>
      <input type="checkbox" checked={props.selected} aria-label={t('sp_select_creator', handleLabel(c))} onChange={() => props.onToggle(c.key)} />
      <button type="button" class="row-main" data-testid="shortlist-open" onClick={() => props.onOpen(c.key)} onFocus={() => props.onFocus(index)}>
        <span class="row-title">
          <span class="handle">{handleLabel(c)}</span>
          <span class={`chip platform-${c.platform}`}>{t(messageKey('platform', c.platform))}</span>
          {c.groupId && (
            <span class="chip" title={t('sp_linked_hint')}>
              ⛓
            </span>
          )}
          <span class={`chip status-${c.status}`}>{statusLabel(c.status, i18n)}</span>
          {props.lookAlike && (
            <span class="chip warn" data-testid="row-lookalike" title={t('handle_lookalike', shownHandle(props.lookAlike))}>
              ≈ @{shownHandle(props.lookAlike)}
            </span>
          )}
        </span>
        <span class="row-stats">
          <span title={t('sp_followers')}>{formatCount(c.followers, locale, true)}</span>
          <span
            title={[t('sp_score_overall'), overallEvidence(c.scores, i18n)].filter(Boolean).join(' · ')}
            data-overall-confidence={c.scores.confidence?.overall}
          >
            ★ {c.scores.overall ?? '—'}
            {c.scores.confidence && c.scores.overall !== null && <small class="muted"> {overallEvidence(c.scores, i18n)}</small>}
          </span>
          <span title={t('sp_engagement_rate')} data-basis={c.scores.engagementBasis ?? ''}>
            ER {formatPercent(c.scores.engagementRate, locale)} {basisWords(c.scores, i18n)}
          </span>
          <span title={caveat ? `${t('sp_score_authenticity')} · ${caveat}` : t('sp_score_authenticity')} data-confidence={c.scores.authenticityConfidence}>
            ✓ {c.scores.authenticity ?? '—'}
            {caveat && checks && <span> ({checks})</span>}
          </span>
          <span title={t('sp_score_brand_fit')}>◎ {c.scores.brandFit ?? '—'}</span>
          {c.tags.slice(0, 3).map((tag) => (
            <span key={tag} class="tag">
              #{tag}
            </span>
          ))}
        </span>
      </button>
    </div>
  );
}
