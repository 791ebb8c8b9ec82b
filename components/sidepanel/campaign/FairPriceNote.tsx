import { feeAgainstRange, type dealWorthPerPost } from '../../../lib/dossier/price';
import type { FairPrice } from '../../../lib/dossier/types';
import { formatMoney } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { messageKey } from '../../../lib/i18n/keys';

/**
 * Beside the deal: the fair range per post, with its sources, and whether what the deal pays per post
 * (the fee, or a commission or barter at the campaign's assumptions) is below, within or above it,
 * where the campaign pays in the range's currency.
 */
export function FairPriceNote(props: { price: FairPrice | null | undefined; deal: ReturnType<typeof dealWorthPerPost>; currency: string; i18n: I18n }) {
  const { price, deal, i18n } = props;
  const fee = deal?.perPost ?? null;
  const { t, locale } = i18n;
  if (!price)
    return (
      <p class="muted" data-testid="campaign-fair-price">
        {t('dossier_price_none')}
      </p>
    );
  const low = formatMoney(price.low, locale, price.currency);
  const high = formatMoney(price.high, locale, price.currency);
  // The ranges are in their sources' currency; a deal in another one is not compared (no exchange rates kept).
  const comparable = props.currency === price.currency;
  const position = fee === null || !comparable ? null : feeAgainstRange(fee, price);
  return (
    <p
      class="muted"
      data-testid="campaign-fair-price"
      data-position={position ?? ''}
      title={price.sources.map((s) => t('dossier_source', s.source, String(s.year))).join('; ')}
    >
      {deal && deal.model !== 'fee' && <>{t(messageKey('deal_worth', deal.model), formatMoney(deal.perPost, locale, props.currency))}: </>}
      {!comparable
        ? t('deal_price_other_currency', low, high, price.currency, props.currency)
        : position
          ? t(messageKey('dossier_fee', position), low, high)
          : t('dossier_price_range', low, high)}{' '}
      · {price.sources.map((s) => t('dossier_source', s.source, String(s.year))).join('; ')}
    </p>
  );
}
