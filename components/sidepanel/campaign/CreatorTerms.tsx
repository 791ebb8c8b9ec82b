import { COLLABORATION_MODELS, type CampaignCreator } from '../../../lib/campaign/schema';
import type { I18n } from '../../../lib/i18n/translate';
import { EnumSelect } from '../fields/EnumSelect';
import { MoneyField, NumberField } from '../fields/NumberField';
import { messageKey } from '../../../lib/i18n/keys';

/** The creator's terms a typed amount can push far above the budget. */
export type CostField = 'feePerPost' | 'commissionPercent' | 'expectedSales' | 'productValue';

/** How a creator is paid: the collaboration model and its amounts. */
export function CreatorTerms(props: {
  creator: CampaignCreator;
  i18n: I18n;
  check: (field: CostField) => (value: number) => string | null;
  onChange: (patch: Partial<CampaignCreator>) => void;
}) {
  const { creator: cr, i18n, check, onChange } = props;
  const { t } = i18n;
  return (
    <div class="terms">
      <label>
        {t('campaign_col_model')}
        <EnumSelect
          testId="creator-model"
          options={COLLABORATION_MODELS}
          text={(m) => t(messageKey('campaign_model', m))}
          value={cr.model}
          onChange={(model) => onChange({ model })}
        />
      </label>
      <label>
        {t('campaign_fee_per_post')}
        <MoneyField
          value={cr.feePerPost}
          label={t('campaign_fee_per_post')}
          i18n={i18n}
          testId="campaign-fee"
          check={check('feePerPost')}
          onChange={(v) => onChange({ feePerPost: v })}
        />
      </label>
      <label>
        {t('campaign_commission')}
        <NumberField
          value={cr.commissionPercent}
          max={100}
          label={t('campaign_commission')}
          i18n={i18n}
          check={check('commissionPercent')}
          onChange={(v) => onChange({ commissionPercent: v })}
        />
      </label>
      <label>
        {t('campaign_expected_sales')}
        <MoneyField
          value={cr.expectedSales}
          label={t('campaign_expected_sales')}
          i18n={i18n}
          check={check('expectedSales')}
          onChange={(v) => onChange({ expectedSales: v })}
        />
      </label>
      <label>
        {t('campaign_product_value')}
        <MoneyField
          value={cr.productValue}
          label={t('campaign_product_value')}
          i18n={i18n}
          check={check('productValue')}
          onChange={(v) => onChange({ productValue: v })}
        />
      </label>
    </div>
  );
}
