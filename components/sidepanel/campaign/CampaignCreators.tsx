import { useState } from 'preact/hooks';
import { estimateCampaign, farAboveBudget } from '../../../lib/campaign/estimates';
import type { Campaign, CampaignCreator } from '../../../lib/campaign/schema';
import type { CampaignData } from '../../../lib/storage/campaigns';
import type { CampaignExport } from '../../../lib/export/rows';
import { formatCount, formatMoney } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import type { ToastState } from '../Toast';
import { CreatorCard } from './CreatorCard';
import type { CostField } from './CreatorTerms';

/** Creators shown at first, and added by each "show more": a campaign of thousands stays quick. */
const PAGE = 50;

/** The campaign's creators, each with their terms, schedule, estimates and tracking. */
export function CampaignCreators(props: {
  exported: CampaignExport;
  latest: CampaignData['latest'];
  i18n: I18n;
  onChange: (next: Campaign) => void;
  showToast: (toast: Omit<ToastState, 'id'>) => void;
}) {
  const { exported, i18n, onChange } = props;
  const { campaign: c, estimate: est, rows } = exported;
  const { t, locale } = i18n;
  const [shown, setShown] = useState(PAGE);
  const [codeError, setCodeError] = useState<string | null>(null);
  const money = (v: number | null) => formatMoney(v, locale, c.currency);
  const withCreator = (index: number, patch: Partial<CampaignCreator>): Campaign => ({
    ...c,
    creators: c.creators.map((cr, i) => (i === index ? { ...cr, ...patch } : cr)),
  });
  // A typed amount that would put the campaign's cost far above its budget is confirmed before it is kept.
  const costCheck = (index: number, field: CostField) => (value: number) => {
    const next = estimateCampaign(withCreator(index, { [field]: value }), props.latest);
    return farAboveBudget(c.budget, est.cost.value, next.cost.value) ? t('campaign_cost_warning', money(next.cost.value), money(c.budget)) : null;
  };
  const remove = (index: number, name: string) => {
    const before = c;
    onChange({ ...c, creators: c.creators.filter((_, j) => j !== index) });
    props.showToast({ message: t('campaign_creator_removed', name), undo: async () => onChange(before) });
  };

  return (
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
      {rows.slice(0, shown).map((row, i) => (
        <CreatorCard
          key={row.creator.creatorKey}
          row={row}
          exported={exported}
          currency={c.currency}
          defaultSchedule={c.defaultSchedule}
          i18n={i18n}
          onChange={(patch) => onChange(withCreator(i, patch))}
          check={(field) => costCheck(i, field)}
          onRemove={(name) => remove(i, name)}
          codeTaken={(code) => rows.some((r, j) => j !== i && r.promoCode === code)}
          onCodeError={setCodeError}
        />
      ))}
      {c.creators.length > shown && (
        <button type="button" onClick={() => setShown((s) => s + PAGE)}>
          {t('campaign_show_more', Math.min(PAGE, c.creators.length - shown))}
        </button>
      )}
    </fieldset>
  );
}
