import { overallEvidence } from '../report/dossier/scoreEvidence';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { VetlensDB } from '../../lib/storage/db';
import type { I18n } from '../../lib/i18n/translate';
import { formatCount } from '../../lib/i18n/format';
import type { PageHid } from '../../lib/card-messages';
import type { TabState } from '../../lib/messages';
import { sendPopupToContent } from '../../lib/protocol/send';
import { DEFAULT_SHORTLIST_ID } from '../../lib/storage/records';
import { setShortlisted } from '../../lib/storage/shortlists';
import { loadNewestWorkspaceRows, type WorkspaceRow } from '../../lib/storage/workspace';
import { tentativeAuthenticity } from '../report/authenticity';
import { creatorLabel } from '../../lib/handle-display';
import { messageKey } from '../../lib/i18n/keys';
import { CurrentCreator } from './CurrentCreator';

const RECENT_LIMIT = 8;

async function askActiveTab(): Promise<TabState & { pageHid?: PageHid }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { status: 'none' };
  try {
    const state = await sendPopupToContent(tab.id, 'current-state', {});
    // Whether the page hides or covers the card (the toolbar is where no page can draw).
    const pageHid = await sendPopupToContent(tab.id, 'card-hidden', {}).catch(() => null);
    return { ...state, pageHid };
  } catch {
    // No Vetlens content script in this tab (another site, or a page opened before install), or an answer out of shape.
    return { status: 'none' };
  }
}

async function openSidePanel(): Promise<void> {
  if (import.meta.env.FIREFOX) {
    await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  } else {
    const win = await browser.windows.getCurrent();
    await (browser as unknown as { sidePanel: { open(o: { windowId: number }): Promise<void> } }).sidePanel.open({ windowId: win.id! });
  }
  window.close();
}

/** Beside a row's scores: the authenticity score rests on little (low confidence, 3 of 7 checks), as the card says with its neutral colour. */
/**
 * The scores' marks in a shortlist row, as the side panel writes them: a word per score no longer fit
 * a 380 px row in Azerbaijani ("İştirak", "Həqiqilik", "Uyğunluq"), so each is a mark with its full
 * name for screen readers and on hover, and a legend under the list.
 */
const SCORE_MARKS = { engagement: '♥', authenticity: '✓', brandFit: '◎' } as const;

function ScoreMark(props: { name: string; mark: string }) {
  return (
    <abbr title={props.name}>
      <span aria-hidden="true">{props.mark}</span>
      <span class="sr-only">{props.name}</span>
    </abbr>
  );
}

function RowScores({ scores, i18n: { t } }: { scores: WorkspaceRow['creator']['scores']; i18n: I18n }) {
  return (
    <>
      <ScoreMark name={t('score_engagement')} mark={SCORE_MARKS.engagement} /> {scores.engagement ?? '—'} ·{' '}
      <ScoreMark name={t('score_authenticity')} mark={SCORE_MARKS.authenticity} /> {scores.authenticity ?? '—'} ·{' '}
      <ScoreMark name={t('score_brand_fit')} mark={SCORE_MARKS.brandFit} /> {scores.brandFit ?? '—'}
    </>
  );
}

/** The marks' names, under the list (a caption at the table's foot). */
function ScoreLegend({ i18n: { t } }: { i18n: I18n }) {
  return (
    <caption class="vp-legend" data-testid="score-legend">
      {SCORE_MARKS.engagement} {t('score_engagement')} · {SCORE_MARKS.authenticity} {t('score_authenticity')} · {SCORE_MARKS.brandFit} {t('score_brand_fit')}
    </caption>
  );
}

function AuthenticityCaveat(props: { scores: WorkspaceRow['creator']['scores']; i18n: I18n }) {
  const caveat = tentativeAuthenticity(props.scores, props.i18n);
  if (!caveat) return null;
  return (
    <small class="vp-scores" data-testid="row-authenticity-caveat" data-confidence={props.scores.authenticityConfidence}>
      {props.i18n.t('score_authenticity')}: {caveat}
    </small>
  );
}

/** The quick view: the current tab's creator, the latest shortlisted creators, and the way to the side panel. */
/** The overall score, with how sure it is and the one part it rests on where it rests on one. */
function OverallCell(props: { scores: WorkspaceRow['creator']['scores']; i18n: I18n }) {
  const { scores } = props;
  return (
    <td class="vp-num vp-overall" data-testid="row-overall" data-overall-confidence={scores.confidence?.overall}>
      {scores.overall ?? '—'}
      {scores.confidence && <small class="vp-conf">{overallEvidence(scores, props.i18n)}</small>}
    </td>
  );
}

/** One shortlisted creator: who, on which platform, their scores and followers, and the way to remove them. */
function ShortlistRow({ row, i18n, onRemove }: { row: WorkspaceRow; i18n: I18n; onRemove: () => void }) {
  const { t, locale } = i18n;
  return (
    <tr class="vp-row" data-testid="shortlist-row" data-creator={row.creator.key}>
      <td class="vp-who">
        <a href={row.creator.url} target="_blank" rel="noopener noreferrer" class="vp-handle">
          {creatorLabel(row.creator, row.creator.url)}
        </a>{' '}
        <span class={`vp-platform vp-${row.creator.platform}`}>{t(messageKey('platform', row.creator.platform))}</span>
        <small class="vp-scores" data-testid="row-scores">
          <RowScores scores={row.creator.scores} i18n={i18n} />
        </small>
        <AuthenticityCaveat scores={row.creator.scores} i18n={i18n} />
      </td>
      <td class="vp-num" data-testid="row-followers">
        {formatCount(row.creator.followers, locale, true)}
      </td>
      <OverallCell scores={row.creator.scores} i18n={i18n} />
      <td>
        <button type="button" class="vp-link" aria-label={t('popup_remove_label', creatorLabel(row.creator, ''))} data-testid="row-remove" onClick={onRemove}>
          {t('popup_remove')}
        </button>
      </td>
    </tr>
  );
}

export function Popup({ db, i18n }: { db: VetlensDB; i18n: I18n }) {
  const { t } = i18n;
  const [tabState, setTabState] = useState<(TabState & { pageHid?: PageHid }) | null>(null);
  const [rows, setRows] = useState<WorkspaceRow[] | null>(null);
  const [undo, setUndo] = useState<WorkspaceRow | null>(null);
  // After a removal, focus stays in the list: on the row that took the removed one's place.
  const refocus = useRef<number | null>(null);
  const list = useRef<HTMLElement>(null);
  const reload = () => loadNewestWorkspaceRows(db, DEFAULT_SHORTLIST_ID, RECENT_LIMIT).then(setRows);
  useEffect(() => {
    void askActiveTab().then(setTabState);
    void reload();
  }, []);

  const remove = async (row: WorkspaceRow, index: number) => {
    await setShortlisted(db, row.creator.key, false);
    setUndo(row);
    refocus.current = index;
    await reload();
  };
  useEffect(() => {
    if (refocus.current === null || !list.current) return;
    const buttons = list.current.querySelectorAll<HTMLElement>('[data-testid="row-remove"]');
    const target = buttons[Math.min(refocus.current, buttons.length - 1)] ?? list.current.querySelector<HTMLElement>('[data-testid="undo-remove"]');
    refocus.current = null;
    target?.focus();
  }, [rows, undo]);
  const restore = async () => {
    if (!undo) return;
    // Back in its place: added at the time it first was.
    await setShortlisted(db, undo.creator.key, true, DEFAULT_SHORTLIST_ID, new Date(undo.addedAt ?? Date.now()));
    setUndo(null);
    await reload();
  };
  const toggleCurrent = async () => {
    if (tabState?.status !== 'ready') return;
    const next = !tabState.shortlisted;
    await setShortlisted(db, tabState.creatorKey, next);
    setTabState({ ...tabState, shortlisted: next });
    await reload();
  };

  return (
    <main class="vp">
      <header class="vp-head">
        <h1>Vetlens</h1>
        <button type="button" class="vp-button" data-testid="open-sidepanel" onClick={() => void openSidePanel()}>
          {t('popup_open_sidepanel')}
        </button>
      </header>
      <section aria-labelledby="vp-current">
        <h2 id="vp-current">{t('popup_current')}</h2>
        <CurrentCreator tabState={tabState} i18n={i18n} onToggle={() => void toggleCurrent()} />
      </section>
      <section aria-labelledby="vp-list" ref={list}>
        <h2 id="vp-list">{t('popup_shortlist')}</h2>
        {undo && (
          <p class="vp-undo" role="status">
            {t('popup_removed', creatorLabel(undo.creator, ''))}{' '}
            <button type="button" class="vp-link" data-testid="undo-remove" onClick={() => void restore()}>
              {t('popup_undo')}
            </button>
          </p>
        )}
        {rows !== null && rows.length === 0 && (
          <p class="vp-muted" data-testid="shortlist-empty">
            {t('popup_empty')}
          </p>
        )}
        {rows !== null && rows.length > 0 && (
          <table class="vp-rows">
            <ScoreLegend i18n={i18n} />
            <thead>
              <tr>
                <th scope="col">{t('popup_col_creator')}</th>
                <th scope="col" class="vp-num">
                  {t('sp_followers')}
                </th>
                <th scope="col" class="vp-num" data-testid="col-overall">
                  {t('score_overall')}
                </th>
                <th scope="col">
                  <span class="sr-only">{t('popup_remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <ShortlistRow key={row.creator.key} row={row} i18n={i18n} onRemove={() => void remove(row, index)} />
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
