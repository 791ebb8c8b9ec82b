import { GOALS, type Campaign } from '../../../lib/campaign/schema';
import type { I18n } from '../../../lib/i18n/translate';
import { EnumSelect } from '../fields/EnumSelect';
import { MoneyField } from '../fields/NumberField';
import { messageKey } from '../../../lib/i18n/keys';

/** The campaign's name, goal, budget and currency. */
export function CampaignBasics(props: { campaign: Campaign; i18n: I18n; onChange: (next: Campaign) => void }) {
  const { campaign: c, i18n, onChange } = props;
  const { t } = i18n;
  return (
    <fieldset>
      <legend>{t('campaign_basics')}</legend>
      <label class="block">
        {t('campaign_name')}
        <input data-testid="campaign-name" maxLength={200} value={c.name} onInput={(e) => onChange({ ...c, name: e.currentTarget.value })} />
      </label>
      <label>
        {t('campaign_goal')}
        <EnumSelect
          testId="campaign-goal"
          options={GOALS}
          text={(g) => t(messageKey('campaign_goal', g))}
          value={c.goal}
          onChange={(goal) => onChange({ ...c, goal })}
        />
      </label>
      <label>
        {t('campaign_budget')}
        <MoneyField value={c.budget} label={t('campaign_budget')} i18n={i18n} onChange={(budget) => onChange({ ...c, budget })} testId="campaign-budget" />
      </label>
      <label>
        {t('campaign_currency')}
        <input
          class="short"
          maxLength={3}
          value={c.currency}
          aria-label={t('campaign_currency')}
          data-testid="campaign-currency"
          lang="en"
          onChange={(e) => {
            const v = e.currentTarget.value.toUpperCase();
            if (/^[A-Z]{3}$/.test(v)) onChange({ ...c, currency: v });
          }}
        />
      </label>
    </fieldset>
  );
}
