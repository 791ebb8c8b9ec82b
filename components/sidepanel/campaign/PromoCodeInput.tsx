import { sanitizeCode } from '../../../lib/campaign/tracking';
import type { ExportRow } from '../../../lib/export/rows';
import type { I18n } from '../../../lib/i18n/translate';

/** A creator's promo code, unique in the campaign, and the tracking link made from it. */
export function PromoCodeInput(props: {
  row: ExportRow;
  i18n: I18n;
  taken: (code: string) => boolean;
  onError: (message: string | null) => void;
  onChange: (code: string) => void;
}) {
  const { row, i18n } = props;
  const { t } = i18n;
  return (
    <div class="tracking">
      <label>
        {t('campaign_col_code')}:{' '}
        <input
          class="code"
          data-testid="creator-promo-code"
          // Codes are Latin capitals: under lang="az" CSS upper case would show "mira" as "MİRA" while it is saved as "MIRA".
          lang="en"
          maxLength={24}
          value={row.promoCode}
          onChange={(ev) => {
            const input = ev.currentTarget;
            const code = sanitizeCode(input.value).slice(0, 24).replace(/-+$/, '');
            const taken = props.taken(code);
            if (!code || taken) {
              input.value = row.promoCode;
              props.onError(t(taken ? 'campaign_code_taken' : 'campaign_code_empty', code));
              return;
            }
            props.onError(null);
            props.onChange(code);
          }}
        />
      </label>
      <span class="link-text" data-testid="creator-tracking-link">
        {row.trackingLink ?? t('campaign_no_landing')}
      </span>
    </div>
  );
}
