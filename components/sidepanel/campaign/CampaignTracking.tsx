import { useState } from 'preact/hooks';
import type { Campaign } from '../../../lib/campaign/schema';
import { parseLandingUrl, withPromoCodes } from '../../../lib/campaign/tracking';
import type { I18n } from '../../../lib/i18n/translate';
import type { ToastState } from '../Toast';

/** The landing page every tracking link points to, and the pattern promo codes are made from. */
export function CampaignTracking(props: {
  campaign: Campaign;
  i18n: I18n;
  onChange: (next: Campaign) => void;
  showToast: (toast: Omit<ToastState, 'id'>) => void;
}) {
  const { campaign: c, i18n, onChange } = props;
  const { t } = i18n;
  // What is typed, kept while it is not yet a link the campaign can use.
  const [landingDraft, setLandingDraft] = useState(c.landingUrl);
  const landing = parseLandingUrl(landingDraft);
  const landingError = landingDraft.trim() && !landing.ok ? t(landing.error === 'scheme' ? 'campaign_error_url_scheme' : 'campaign_error_url') : null;
  return (
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
            const v = e.currentTarget.value;
            setLandingDraft(v);
            const parsed = parseLandingUrl(v);
            if (parsed.ok) onChange({ ...c, landingUrl: parsed.url.toString() });
            else if (!v.trim()) onChange({ ...c, landingUrl: '' });
          }}
        />
      </label>
      {landingError && (
        <p class="error" role="alert" data-testid="landing-url-error">
          {landingError}
        </p>
      )}
      {!c.landingUrl && !landingError && <p class="muted small">{t('campaign_landing_hint')}</p>}
      <label class="block">
        {t('campaign_promo_pattern')}
        <input
          data-testid="campaign-promo-pattern"
          maxLength={60}
          value={c.promoPattern}
          onInput={(e) => {
            const v = e.currentTarget.value;
            if (v.length > 0) onChange({ ...c, promoPattern: v });
          }}
        />
      </label>
      <p class="muted small">{t('campaign_promo_hint')}</p>
      <div class="toolbar">
        <button
          type="button"
          data-testid="campaign-apply-pattern"
          disabled={c.creators.length === 0}
          onClick={() => {
            const before = c;
            onChange(withPromoCodes(c, true));
            props.showToast({ message: t('campaign_codes_regenerated'), undo: async () => onChange(before) });
          }}
        >
          {t('campaign_apply_pattern')}
        </button>
      </div>
    </fieldset>
  );
}
