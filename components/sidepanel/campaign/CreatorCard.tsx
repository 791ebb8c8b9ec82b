import type { CampaignCreator, Schedule } from '../../../lib/campaign/schema';
import type { ExportRow } from '../../../lib/export/rows';
import type { I18n } from '../../../lib/i18n/translate';
import { CreatorEstimates } from './CreatorEstimates';
import { CreatorTerms, type CostField } from './CreatorTerms';
import { FairPriceNote } from './FairPriceNote';
import { dealWorthPerPost } from '../../../lib/dossier/price';
import { CopyCreatorBrief } from './CopyCreatorBrief';
import type { CampaignExport } from '../../../lib/export/rows';
import { PromoCodeInput } from './PromoCodeInput';
import { ScheduleEditor } from './ScheduleEditor';
import { creatorLabel } from '../../../lib/handle-display';
import { messageKey } from '../../../lib/i18n/keys';

/** One creator in a campaign: terms, an own schedule where it differs, the estimates, and their code and link. */
export function CreatorCard(props: {
  row: ExportRow;
  /** The whole campaign, for this creator's own brief. */
  exported?: CampaignExport;
  currency: string;
  defaultSchedule: Schedule;
  i18n: I18n;
  onChange: (patch: Partial<CampaignCreator>) => void;
  check: (field: CostField) => (value: number) => string | null;
  onRemove: (name: string) => void;
  codeTaken: (code: string) => boolean;
  onCodeError: (message: string | null) => void;
}) {
  const { row, i18n, onChange } = props;
  const { t } = i18n;
  const cr = row.creator;
  const name = creatorLabel(cr, cr.creatorKey);
  return (
    <div class="campaign-creator" data-testid="campaign-creator">
      <div class="row-title">
        <strong>{name}</strong>
        <span class={`chip platform-${cr.platform}`}>{t(messageKey('platform', cr.platform))}</span>
        <span class="grow" />
        <button type="button" class="ghost" onClick={() => props.onRemove(name)}>
          {t('campaign_remove_creator')}
        </button>
      </div>
      <CreatorTerms creator={cr} i18n={i18n} check={props.check} onChange={onChange} />
      <FairPriceNote price={row.fairPrice} deal={dealWorthPerPost(cr, row.estimate.posts)} currency={props.currency} i18n={i18n} />
      <label class="check">
        <input type="checkbox" checked={cr.schedule !== null} onChange={() => onChange({ schedule: cr.schedule ? null : props.defaultSchedule })} />
        {t('campaign_own_schedule')}
      </label>
      {cr.schedule && <ScheduleEditor schedule={cr.schedule} i18n={i18n} onChange={(schedule) => onChange({ schedule })} />}
      <CreatorEstimates row={row} currency={props.currency} i18n={i18n} />
      {props.exported && <CopyCreatorBrief exported={props.exported} row={row} i18n={i18n} />}
      <PromoCodeInput row={row} i18n={i18n} taken={props.codeTaken} onError={props.onCodeError} onChange={(promoCode) => onChange({ promoCode })} />
    </div>
  );
}
