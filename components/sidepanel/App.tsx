import { lazy, Suspense } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { VetlensDB } from '../../lib/storage/db';
import type { I18n } from '../../lib/i18n/translate';
import type { PanelRequests } from './panelRequests';
import { ShortlistTab } from './shortlist/ShortlistTab';
import { useTeam } from './team/useTeam';
import { Toast, type ToastState } from './Toast';
import { messageKey } from '../../lib/i18n/keys';

// The list opens first and alone; the views that score, plan or edit briefs (with the scoring
// and text-matching libraries they pull in) load when first opened.
const CreatorDetail = lazy(() => import('./creator/CreatorDetail').then((m) => m.CreatorDetail));
const CampaignEditor = lazy(() => import('./campaign/CampaignEditor').then((m) => m.CampaignEditor));
const CampaignsTab = lazy(() => import('./campaign/CampaignsTab').then((m) => m.CampaignsTab));
const BriefsPanel = lazy(() => import('../briefs/BriefsPanel').then((m) => m.BriefsPanel));
const DataTab = lazy(() => import('./DataTab').then((m) => m.DataTab));
const TeamTab = lazy(() => import('./team/TeamTab').then((m) => m.TeamTab));

type Tab = 'shortlists' | 'campaigns' | 'briefs' | 'data' | 'team';
const TABS: Tab[] = ['shortlists', 'campaigns', 'briefs', 'data', 'team'];

/** The side panel: the marketer's workspace (shortlists, creator detail, campaigns, briefs). */
export function SidePanelApp(props: { db: VetlensDB; i18n: I18n; initialTab?: string; requests?: PanelRequests }) {
  const { db, i18n, requests } = props;
  const { t } = i18n;
  const [tab, setTab] = useState<Tab>(() => TABS.find((name) => name === props.initialTab) ?? 'shortlists');
  const [creatorKey, setCreatorKey] = useState<string | null>(null);
  // The row a creator was opened from (with Enter or a click): focus goes back to it when the detail
  // closes. The list may have drawn its rows anew meanwhile, so the row is found again by its creator.
  const openedFrom = useRef<{ element: HTMLElement | null; key: string } | null>(null);
  const openCreator = (key: string) => {
    if (!creatorKey) openedFrom.current = { element: document.activeElement instanceof HTMLElement ? document.activeElement : null, key };
    setCreatorKey(key);
  };
  useEffect(() => {
    if (creatorKey !== null || !openedFrom.current) return;
    const { element, key } = openedFrom.current;
    openedFrom.current = null;
    const row = element?.isConnected ? element : document.querySelector<HTMLElement>(`[data-creator-key="${CSS.escape(key)}"] .row-main`);
    row?.focus();
  }, [creatorKey]);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  const showToast = (next: Omit<ToastState, 'id'>) => setToast({ ...next, id: Date.now() + Math.random() });
  // The team workspace syncs while the panel is open, whichever tab shows (nothing at all without a team).
  const team = useTeam(db);
  // The card's link to the brief in use opens the panel on Briefs (waiting when it opens, or while open).
  useEffect(() => {
    if (!requests) return;
    const show = (view: Tab) => (setTab(view), setCreatorKey(null), setCampaignId(null));
    void requests.take().then((view) => view && show(view));
    return requests.listen(show);
  }, [requests]);

  function onTabKey(event: KeyboardEvent) {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length] : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length] : null;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  }

  return (
    <div class="app">
      <header>
        <h1 class="sr-only">{t('sp_title')}</h1>
        <nav class="tabs" role="tablist" aria-label={t('extName')} onKeyDown={onTabKey}>
          {TABS.map((name) => (
            <button
              key={name}
              id={`tab-${name}`}
              type="button"
              role="tab"
              data-testid={`tab-${name}`}
              aria-selected={tab === name}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => {
                setTab(name);
                if (name === tab) {
                  setCreatorKey(null);
                  setCampaignId(null);
                }
              }}
            >
              {t(messageKey('sp_tab', name))}
            </button>
          ))}
        </nav>
      </header>
      <main class="panel">
        <div class="tabpanel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
          <Suspense
            fallback={
              <p class="muted" role="status">
                {t('sp_loading')}
              </p>
            }
          >
            {tab === 'shortlists' && (
              <>
                <div class="shortlist-wrap" hidden={creatorKey !== null}>
                  <ShortlistTab
                    db={db}
                    i18n={i18n}
                    onOpenCreator={openCreator}
                    onOpenCampaign={(id) => (setCampaignId(id), setTab('campaigns'))}
                    showToast={showToast}
                  />
                </div>
                {creatorKey && (
                  <CreatorDetail
                    key={creatorKey}
                    db={db}
                    i18n={i18n}
                    creatorKey={creatorKey}
                    onClose={() => setCreatorKey(null)}
                    onOpenCreator={setCreatorKey}
                    showToast={showToast}
                  />
                )}
              </>
            )}
            {tab === 'campaigns' &&
              (campaignId ? (
                <CampaignEditor key={campaignId} db={db} i18n={i18n} campaignId={campaignId} onClose={() => setCampaignId(null)} showToast={showToast} />
              ) : (
                <CampaignsTab db={db} i18n={i18n} onOpen={setCampaignId} />
              ))}
            {tab === 'briefs' && <BriefsPanel db={db} i18n={i18n} />}
            {tab === 'data' && <DataTab db={db} i18n={i18n} showToast={showToast} />}
            {tab === 'team' && <TeamTab i18n={i18n} team={team} />}
          </Suspense>
        </div>
      </main>
      <footer>
        <Toast toast={toast} i18n={i18n} onClose={() => setToast(null)} />
      </footer>
    </div>
  );
}
