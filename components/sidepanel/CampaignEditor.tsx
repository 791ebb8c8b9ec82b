import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  COLLABORATION_MODELS,
  CONTENT_FORMATS,
  CONTENT_TYPES,
  GOALS,
  SCHEDULE_PERIODS,
  defaultSchedule,
  type Campaign,
  type CampaignCreator,
  type Schedule,
} from '../../lib/campaign/schema';
import { InvalidCampaignError, deleteCampaign, loadCampaign, loadCampaignData, restoreCampaign, saveCampaign, type CampaignData } from '../../lib/storage/campaigns';
import { parseLandingUrl, sanitizeCode, slugify, withPromoCodes } from '../../lib/campaign/tracking';
import type { VetlensDB } from '../../lib/storage/db';
import { campaignJsonInChunks } from '../../lib/export/campaign-json';
import { campaignCsv, defaultCsvSeparator, type CsvSeparator } from '../../lib/export/csv';
import { downloadText } from '../../lib/export/download';
import { campaignMarkdown } from '../../lib/export/markdown';
import { buildCampaignExport } from '../../lib/export/rows';
import { formatCount, formatDay, formatMoney, formatPercent } from '../../lib/i18n/format';
import type { I18n } from '../../lib/i18n/translate';
import { estimateCampaign, farAboveBudget, type Total } from '../../lib/campaign/estimates';
import { loadResults } from '../../lib/storage/results';
import { resultsCsv } from '../../lib/export/results-csv';
import { DateField, NumberField } from './fields';
import { DeliverySettings } from './results/DeliverySettings';
import { KpiEditor } from './results/KpiEditor';
import { ResultsView } from './results/ResultsView';
import { ViewSwitch, type CampaignView } from './results/ViewSwitch';
import type { ToastState } from './Toast';
import { storageReason } from '../../lib/storage/errors';

const PAGE = 50;

function ScheduleEditor(props: { schedule: Schedule; onChange: (s: Schedule) => void; i18n: I18n }) {
  const { t } = props.i18n;
  const s = props.schedule;
  return (
    <div class="schedule">
      <select
        aria-label={t('campaign_schedule_kind')}
        value={s.kind}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value === 'dates' ? { kind: 'dates', dates: [] } : defaultSchedule())}
      >
        <option value="frequency">{t('campaign_schedule_frequency')}</option>
        <option value="dates">{t('campaign_schedule_dates')}</option>
      </select>
      {s.kind === 'frequency' ? (
        <>
          <WholeNumberInput label={t('campaign_posts_per_period')} max={100} value={s.postsPerPeriod} i18n={props.i18n} onChange={(n) => props.onChange({ ...s, postsPerPeriod: n })} />
          <select aria-label={t('campaign_period')} value={s.period} onChange={(e) => props.onChange({ ...s, period: (e.target as HTMLSelectElement).value as (typeof SCHEDULE_PERIODS)[number] })}>
            {SCHEDULE_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`campaign_per_${p}`)}
              </option>
            ))}
          </select>
          <label>
            {t('campaign_for_periods')}
            <WholeNumberInput label={t('campaign_for_periods')} max={104} value={s.periods} i18n={props.i18n} onChange={(n) => props.onChange({ ...s, periods: n })} />
          </label>
          <label>
            {t('campaign_start_date')}
            <DateField label={t('campaign_start_date')} i18n={props.i18n} testId="schedule-start" value={s.startDate} onChange={(startDate) => props.onChange({ ...s, startDate })} />
          </label>
        </>
      ) : (
        <>
          {s.dates.map((d, i) => (
            <span key={`${d}-${i}`} class="tag" data-testid="schedule-date">
              {formatDay(d, props.i18n.locale)}
              <button type="button" class="ghost" aria-label={t('campaign_remove_date', formatDay(d, props.i18n.locale))} onClick={() => props.onChange({ ...s, dates: s.dates.filter((_, j) => j !== i) })}>
                ×
              </button>
            </span>
          ))}
          <DateField
            label={t('campaign_add_date')}
            i18n={props.i18n}
            testId="schedule-add-date"
            value={null}
            clearOnChange
            onChange={(d) => {
              if (d && !s.dates.includes(d)) props.onChange({ ...s, dates: [...s.dates, d].sort() });
            }}
          />
        </>
      )}
    </div>
  );
}

function totalText(total: Total, format: (v: number | null) => string, i18n: I18n): string {
  if (total.of === 0 || total.known === 0) return '—';
  return total.known === total.of ? format(total.value) : `${format(total.value)} (${i18n.t('campaign_known_of', total.known, total.of)})`;
}

export function CampaignEditor(props: { db: VetlensDB; i18n: I18n; campaignId: string; onClose: () => void; showToast: (toast: Omit<ToastState, 'id'>) => void }) {
  const { db, i18n } = props;
  const { t, locale } = i18n;
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [data, setData] = useState<CampaignData | null>(null);
  const [missing, setMissing] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [landingDraft, setLandingDraft] = useState('');
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  const [loading, setLoading] = useState<{ done: number; total: number } | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [view, setView] = useState<CampaignView>('plan');
  const [separator, setSeparator] = useState<CsvSeparator>(() =>
    // Either language writing a decimal comma means a spreadsheet that splits on ";".
    [i18n.locale, i18n.browserLanguage ?? i18n.locale].some((lang) => defaultCsvSeparator(lang) === ';') ? ';' : ',',
  );
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<Campaign | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const loaded = await loadCampaign(db, props.campaignId);
      if (!live) return;
      if (!loaded) return setMissing(true);
      setCampaign(loaded);
      setLandingDraft(loaded.landingUrl);
      const loadedData = await loadCampaignData(db, loaded, (done, total) => live && setLoading({ done, total }));
      if (live) setData(loadedData);
    })();
    return () => {
      live = false;
    };
  }, [props.campaignId]);

  // Save what is pending when the editor closes.
  useEffect(
    () => () => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
      if (pending.current) void saveCampaign(db, pending.current).catch(() => undefined);
    },
    [],
  );

  // A schema failure is the marketer's to fix; anything else (storage full, …) is reported as it is.
  const saveErrorText = (error: unknown) =>
    error instanceof InvalidCampaignError ? t('campaign_error_invalid') : t('campaign_error_save', storageReason(error, i18n));

  function change(next: Campaign) {
    setCampaign(next);
    pending.current = next;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(async () => {
      try {
        await saveCampaign(db, next);
        pending.current = null;
        setSaveError(null);
      } catch (error) {
        setSaveError(saveErrorText(error));
      }
    }, 300);
  }

  const exportData = useMemo(() => (campaign && data ? buildCampaignExport(campaign, data) : null), [campaign, data]);

  if (missing) return <section class="tab-body"><p class="error">{t('campaign_missing')}</p><button type="button" onClick={props.onClose}>{t('sp_back')}</button></section>;
  if (!campaign || !exportData) {
    return (
      <section class="tab-body">
        <p class="muted">{t('sp_loading')}</p>
        {loading && loading.total > 0 && <progress max={loading.total} value={loading.done} aria-label={t('sp_loading')} />}
      </section>
    );
  }

  const c = campaign;
  const est = exportData.estimate;
  const money = (v: number | null) => formatMoney(v, locale, c.currency);
  const count = (v: number | null) => formatCount(v, locale);
  const setCreator = (index: number, patch: Partial<CampaignCreator>) => change({ ...c, creators: c.creators.map((cr, i) => (i === index ? { ...cr, ...patch } : cr)) });
  // A typed amount that would put the campaign's cost far above its budget is confirmed before it is kept.
  const costCheck = (index: number, field: 'feePerPost' | 'commissionPercent' | 'expectedSales' | 'productValue') => (value: number) => {
    if (!data) return null;
    const next = estimateCampaign({ ...c, creators: c.creators.map((cr, j) => (j === index ? { ...cr, [field]: value } : cr)) }, data.latest);
    return farAboveBudget(c.budget, est.cost.value, next.cost.value) ? t('campaign_cost_warning', money(next.cost.value), money(c.budget)) : null;
  };
  const landing = parseLandingUrl(landingDraft);
  const landingError = landingDraft.trim() && !landing.ok ? t(landing.error === 'scheme' ? 'campaign_error_url_scheme' : 'campaign_error_url') : null;

  async function exportFile(kind: 'csv' | 'json' | 'md' | 'results') {
    if (!campaign || !data || progress) return;
    // Export what is stored: flush a pending edit first, so the file matches the saved campaign.
    let current = campaign;
    if (pending.current) {
      if (saveTimer.current) clearTimeout(saveTimer.current);
      try {
        current = await saveCampaign(db, pending.current);
        pending.current = null;
        setCampaign(current);
      } catch (error) {
        setSaveError(saveErrorText(error));
        return;
      }
    }
    const exportData = buildCampaignExport(current, data);
    const label = t(`campaign_export_${kind}`);
    const onProgress = (done: number, total: number) => setProgress({ label, done, total });
    setProgress({ label, done: 0, total: exportData.rows.length });
    try {
      if (kind === 'csv') downloadText(document, `${slugify(current.name) || 'campaign'}.csv`, await campaignCsv(exportData, { i18n, separator, onProgress }), 'text/csv;charset=utf-8');
      else if (kind === 'json') downloadText(document, `${slugify(current.name) || 'campaign'}.vetlens-campaign.json`, await campaignJsonInChunks(current, data, onProgress), 'application/json');
      else if (kind === 'results') downloadText(document, `${slugify(current.name) || 'campaign'}.results.csv`, resultsCsv(current, (await loadResults(db, current)).results, exportData.rows, { i18n, separator }), 'text/csv;charset=utf-8');
      else downloadText(document, `${slugify(current.name) || 'campaign'}.md`, await campaignMarkdown(exportData, i18n, { onProgress, results: (await loadResults(db, current)).results }), 'text/markdown;charset=utf-8');
    } finally {
      setProgress(null);
    }
  }

  return (
    <section class="tab-body campaign-editor" data-testid="campaign-editor">
      <header class="detail-head">
        <button type="button" class="ghost" onClick={props.onClose}>
          ← {t('campaign_all')}
        </button>
        <span class="grow" />
        <button
          type="button"
          class="danger"
          onClick={async () => {
            const row = await deleteCampaign(db, c.id);
            pending.current = null;
            props.onClose();
            if (row) props.showToast({ message: t('campaign_deleted', c.name), undo: () => restoreCampaign(db, row) });
          }}
        >
          {t('campaign_delete')}
        </button>
      </header>
      {saveError && <p class="error" role="alert">{saveError}</p>}
      <ViewSwitch view={view} i18n={i18n} onChange={setView} />
      {view === 'results' && <ResultsView db={db} campaign={c} estimate={est} i18n={i18n} showToast={props.showToast} onEditPlan={() => setView('plan')} />}
      {view === 'plan' && (
      <>

      <fieldset>
        <legend>{t('campaign_basics')}</legend>
        <label class="block">
          {t('campaign_name')}
          <input data-testid="campaign-name" maxLength={200} value={c.name} onInput={(e) => change({ ...c, name: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          {t('campaign_goal')}
          <select data-testid="campaign-goal" value={c.goal} onChange={(e) => change({ ...c, goal: (e.target as HTMLSelectElement).value as Campaign['goal'] })}>
            {GOALS.map((g) => (
              <option key={g} value={g}>
                {t(`campaign_goal_${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('campaign_budget')}
          <NumberField value={c.budget} label={t('campaign_budget')} i18n={i18n} onChange={(budget) => change({ ...c, budget })} testId="campaign-budget" />
        </label>
        <label>
          {t('campaign_currency')}
          <input
            class="short"
            maxLength={3}
            value={c.currency}
            aria-label={t('campaign_currency')}
            onChange={(e) => {
              const v = (e.target as HTMLInputElement).value.toUpperCase();
              if (/^[A-Z]{3}$/.test(v)) change({ ...c, currency: v });
            }}
          />
        </label>
      </fieldset>

      <KpiEditor kpis={c.kpis} estimate={est} i18n={i18n} onChange={(kpis) => change({ ...c, kpis })} />

      <fieldset>
        <legend>{t('campaign_content')}</legend>
        <div class="checks">
          <span>{t('campaign_formats')}:</span>
          {CONTENT_FORMATS.map((f) => (
            <label key={f} class="check">
              <input type="checkbox" checked={c.formats.includes(f)} onChange={() => change({ ...c, formats: c.formats.includes(f) ? c.formats.filter((x) => x !== f) : [...c.formats, f] })} />
              {t(`campaign_format_${f.replace('-', '_')}`)}
            </label>
          ))}
        </div>
        <div class="checks">
          <span>{t('campaign_types')}:</span>
          {CONTENT_TYPES.map((ct) => (
            <label key={ct} class="check">
              <input type="checkbox" checked={c.contentTypes.includes(ct)} onChange={() => change({ ...c, contentTypes: c.contentTypes.includes(ct) ? c.contentTypes.filter((x) => x !== ct) : [...c.contentTypes, ct] })} />
              {t(`campaign_type_${ct}`)}
            </label>
          ))}
        </div>
        <div>
          {t('campaign_schedule')}:
          <ScheduleEditor schedule={c.defaultSchedule} i18n={i18n} onChange={(defaultSchedule) => change({ ...c, defaultSchedule })} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('campaign_tracking')}</legend>
        <label class="block">
          {t('campaign_landing_url')}
          <input
            type="url"
            data-testid="campaign-landing-url"
            placeholder="https://shop.example/spring"
            value={landingDraft}
            aria-invalid={landingError ? 'true' : 'false'}
            onInput={(e) => {
              const v = (e.target as HTMLInputElement).value;
              setLandingDraft(v);
              const parsed = parseLandingUrl(v);
              if (parsed.ok) change({ ...c, landingUrl: parsed.url.toString() });
              else if (!v.trim()) change({ ...c, landingUrl: '' });
            }}
          />
        </label>
        {landingError && <p class="error" role="alert" data-testid="landing-url-error">{landingError}</p>}
        {!c.landingUrl && !landingError && <p class="muted small">{t('campaign_landing_hint')}</p>}
        <label class="block">
          {t('campaign_promo_pattern')}
          <input data-testid="campaign-promo-pattern" maxLength={60} value={c.promoPattern} onInput={(e) => {
            const v = (e.target as HTMLInputElement).value;
            if (v.length > 0) change({ ...c, promoPattern: v });
          }} />
        </label>
        <p class="muted small">{t('campaign_promo_hint')}</p>
        <div class="toolbar">
          <button
            type="button"
            data-testid="campaign-apply-pattern"
            disabled={c.creators.length === 0}
            onClick={() => {
              const before = c;
              change(withPromoCodes(c, true));
              props.showToast({ message: t('campaign_codes_regenerated'), undo: async () => change(before) });
            }}
          >
            {t('campaign_apply_pattern')}
          </button>
        </div>
      </fieldset>

      <DeliverySettings campaign={c} i18n={i18n} onChange={change} />

      <fieldset data-testid="campaign-totals">
        <legend>{t('campaign_budget_and_estimates')}</legend>
        <dl class="totals">
          <dt>{t('campaign_expected_reach')}</dt>
          <dd data-testid="total-reach">
            {totalText(est.reach, count, i18n)}
            {est.reachEstimated > 0 && <span class="muted small"> ({t('campaign_reach_includes_estimates', est.reachEstimated)})</span>}
          </dd>
          <dt>{t('campaign_expected_impressions')}</dt>
          <dd>{totalText(est.impressions, count, i18n)}</dd>
          <dt>{t('campaign_expected_engagements')}</dt>
          <dd>{totalText(est.engagements, count, i18n)}</dd>
          <dt>{t('campaign_total_cost')}</dt>
          <dd data-testid="total-cost">{totalText(est.cost, money, i18n)}</dd>
          <dt>CPM / CPE</dt>
          <dd>
            {money(est.cpm)} / {money(est.cpe)}
          </dd>
          <dt>{t('campaign_budget_left')}</dt>
          <dd class={est.budgetLeft !== null && est.budgetLeft < 0 ? 'over' : ''}>{money(est.budgetLeft)}</dd>
        </dl>
        <table class="models">
          <caption>{t('campaign_models_compared')}</caption>
          <thead>
            <tr>
              <th>
                <span class="sr-only">{t('campaign_col_model')}</span>
              </th>
              <th>{t('campaign_col_cost')}</th>
              <th>CPM</th>
              <th>CPE</th>
            </tr>
          </thead>
          <tbody>
            {COLLABORATION_MODELS.map((m) => (
              <tr key={m}>
                <th>{t(`campaign_model_${m}`)}</th>
                <td>{totalText(est.byModel[m].cost, money, i18n)}</td>
                <td>{money(est.byModel[m].cpm)}</td>
                <td>{money(est.byModel[m].cpe)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted small">{t('campaign_formula_note')}</p>
      </fieldset>

      <fieldset>
        <legend>
          {t('campaign_creators')} ({formatCount(c.creators.length, locale)})
        </legend>
        {c.creators.length === 0 && <p class="muted">{t('campaign_no_creators')}</p>}
        {codeError && (
          <p class="error" role="alert">
            {codeError}
          </p>
        )}
        {exportData.rows.slice(0, shown).map((row, i) => {
          const cr = row.creator;
          const e = row.estimate;
          return (
            <div class="campaign-creator" key={cr.creatorKey} data-testid="campaign-creator">
              <div class="row-title">
                <strong>{cr.handle ? `@${cr.handle}` : cr.creatorKey}</strong>
                <span class={`chip platform-${cr.platform}`}>{t(`platform_${cr.platform}`)}</span>
                <span class="grow" />
                <button
                  type="button"
                  class="ghost"
                  onClick={() => {
                    const before = c;
                    change({ ...c, creators: c.creators.filter((_, j) => j !== i) });
                    props.showToast({ message: t('campaign_creator_removed', cr.handle ? `@${cr.handle}` : cr.creatorKey), undo: async () => change(before) });
                  }}
                >
                  {t('campaign_remove_creator')}
                </button>
              </div>
              <div class="terms">
                <label>
                  {t('campaign_col_model')}
                  <select value={cr.model} data-testid="creator-model" onChange={(ev) => setCreator(i, { model: (ev.target as HTMLSelectElement).value as CampaignCreator['model'] })}>
                    {COLLABORATION_MODELS.map((m) => (
                      <option key={m} value={m}>
                        {t(`campaign_model_${m}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('campaign_fee_per_post')}
                  <NumberField value={cr.feePerPost} label={t('campaign_fee_per_post')} i18n={i18n} testId="campaign-fee" check={costCheck(i, 'feePerPost')} onChange={(v) => setCreator(i, { feePerPost: v })} />
                </label>
                <label>
                  {t('campaign_commission')}
                  <NumberField value={cr.commissionPercent} max={100} label={t('campaign_commission')} i18n={i18n} check={costCheck(i, 'commissionPercent')} onChange={(v) => setCreator(i, { commissionPercent: v })} />
                </label>
                <label>
                  {t('campaign_expected_sales')}
                  <NumberField value={cr.expectedSales} label={t('campaign_expected_sales')} i18n={i18n} check={costCheck(i, 'expectedSales')} onChange={(v) => setCreator(i, { expectedSales: v })} />
                </label>
                <label>
                  {t('campaign_product_value')}
                  <NumberField value={cr.productValue} label={t('campaign_product_value')} i18n={i18n} check={costCheck(i, 'productValue')} onChange={(v) => setCreator(i, { productValue: v })} />
                </label>
              </div>
              <label class="check">
                <input type="checkbox" checked={cr.schedule !== null} onChange={() => setCreator(i, { schedule: cr.schedule ? null : c.defaultSchedule })} />
                {t('campaign_own_schedule')}
              </label>
              {cr.schedule && <ScheduleEditor schedule={cr.schedule} i18n={i18n} onChange={(schedule) => setCreator(i, { schedule })} />}
              <table class="models small">
                <thead>
                  <tr>
                    <th>{t('campaign_col_posts')}</th>
                    <th>{t('campaign_expected_reach')}</th>
                    <th>{t('campaign_expected_impressions')}</th>
                    <th>{t('campaign_expected_engagements')}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <td>{e.posts}</td>
                    <td data-testid="creator-reach" data-basis={e.reachBasis ?? ''}>
                      {e.reachBasis === 'estimate' ? `≈ ${count(e.expectedReach)}` : count(e.expectedReach)}
                    </td>
                    <td>{count(e.expectedImpressions)}</td>
                    <td>{count(e.expectedEngagements)}</td>
                  </tr>
                </tbody>
              </table>
              <table class="models small">
                <thead>
                  <tr>
                    <th>
                      <span class="sr-only">{t('campaign_col_measure')}</span>
                    </th>
                    {COLLABORATION_MODELS.map((m) => (
                      <th key={m} class={m === cr.model ? 'chosen' : ''}>
                        {t(`campaign_model_${m}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {(['cost', 'cpm', 'cpe'] as const).map((metric) => (
                    <tr key={metric}>
                      <th>{metric === 'cost' ? t('campaign_col_cost') : metric.toUpperCase()}</th>
                      {COLLABORATION_MODELS.map((m) => (
                        <td key={m} class={m === cr.model ? 'chosen' : ''}>
                          {money(e.byModel[m][metric])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              {!e.baseline && <p class="muted small">{t('campaign_no_snapshot')}</p>}
              {e.reachEstimate && (
                <p class="muted small" data-testid="creator-reach-estimate">
                  {t('campaign_reach_estimated', formatPercent(e.reachEstimate.rate, locale), count(row.record?.followers ?? null), e.reachEstimate.source, e.reachEstimate.year)}
                </p>
              )}
              {e.baseline && (
                <p class="muted small">
                  {t('campaign_baseline', count(e.baseline.viewsPerPost), e.baseline.viewSamples, count(e.baseline.engagementsPerPost), e.baseline.engagementSamples)}
                </p>
              )}
              <div class="tracking">
                <label>
                  {t('campaign_col_code')}:{' '}
                  <input
                    class="code"
                    data-testid="creator-promo-code"
                    maxLength={24}
                    value={row.promoCode}
                    onChange={(ev) => {
                      const input = ev.target as HTMLInputElement;
                      const code = sanitizeCode(input.value).slice(0, 24).replace(/-+$/, '');
                      const taken = exportData.rows.some((r, j) => j !== i && r.promoCode === code);
                      if (!code || taken) {
                        input.value = row.promoCode;
                        setCodeError(t(taken ? 'campaign_code_taken' : 'campaign_code_empty', code));
                        return;
                      }
                      setCodeError(null);
                      setCreator(i, { promoCode: code });
                    }}
                  />
                </label>
                <span class="link-text" data-testid="creator-tracking-link">
                  {row.trackingLink ?? t('campaign_no_landing')}
                </span>
              </div>
            </div>
          );
        })}
        {c.creators.length > shown && (
          <button type="button" onClick={() => setShown((s) => s + PAGE)}>
            {t('campaign_show_more', Math.min(PAGE, c.creators.length - shown))}
          </button>
        )}
      </fieldset>

      </>
      )}

      <fieldset>
        <legend>{t('campaign_exports')}</legend>
        <div class="toolbar">
          <label>
            {t('campaign_csv_separator')}{' '}
            <select data-testid="csv-separator" value={separator} onChange={(e) => setSeparator((e.target as HTMLSelectElement).value as CsvSeparator)}>
              <option value=",">{t('campaign_csv_comma')}</option>
              <option value=";">{t('campaign_csv_semicolon')}</option>
            </select>
          </label>
          <button type="button" data-testid="campaign-export-csv" disabled={!!progress} onClick={() => void exportFile('csv')}>
            {t('campaign_export_csv')}
          </button>
          <button type="button" data-testid="campaign-export-json" disabled={!!progress} onClick={() => void exportFile('json')}>
            {t('campaign_export_json')}
          </button>
          <button type="button" data-testid="campaign-export-md" disabled={!!progress} onClick={() => void exportFile('md')}>
            {t('campaign_export_md')}
          </button>
          <button type="button" data-testid="campaign-export-results" disabled={!!progress} onClick={() => void exportFile('results')}>
            {t('campaign_export_results')}
          </button>
        </div>
        {progress && (
          <div class="progress" data-testid="export-progress">
            <span>{progress.label}</span>
            <progress max={progress.total || 1} value={progress.done} />
          </div>
        )}
      </fieldset>
    </section>
  );
}

/** A whole number from 1 to `max`; anything else typed is explained and not applied. */
function WholeNumberInput(props: { label: string; max: number; value: number; i18n: I18n; onChange: (n: number) => void }) {
  return <NumberField label={props.label} i18n={props.i18n} digits={0} min={1} max={props.max} value={props.value} onChange={(n) => n !== null && props.onChange(n)} />;
}
