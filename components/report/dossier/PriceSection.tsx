import { formatCount, formatMoney } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import type { FairPrice } from '../../../lib/dossier/types';
import { messageKey } from '../../../lib/i18n/keys';

/** A fair price per post from expected views and published CPM ranges, each range with its source and year. */
export function PriceSection(props: { price: FairPrice | null; i18n: I18n }) {
  const { price, i18n } = props;
  const { t, locale } = i18n;
  const money = (value: number) => formatMoney(value, locale, price?.currency ?? 'USD');
  if (!price)
    return (
      <section class="vl-dossier-section" data-testid="vetlens-price">
        <h4>{t('dossier_price')}</h4>
        <p class="vl-muted">{t('dossier_price_none')}</p>
      </section>
    );
  return (
    <section class="vl-dossier-section" data-testid="vetlens-price" data-low={price.low} data-high={price.high} data-currency={price.currency}>
      <h4>
        {t('dossier_price')}: {t('dossier_price_range', money(price.low), money(price.high))}
      </h4>
      <ul>
        {price.perFormat.map((range) => {
          const format = t(messageKey('dossier_format', range.format));
          const views = price.basis === 'median-views' || range.format !== 'instagram-post';
          return (
            <li key={range.format} data-format={range.format}>
              {views
                ? t(
                    'dossier_price_format',
                    format,
                    money(range.low),
                    money(range.high),
                    formatCount(price.views.high, locale),
                    money(range.cpm.low),
                    money(range.cpm.high),
                  )
                : t(
                    'dossier_price_format_reach',
                    format,
                    money(range.low),
                    money(range.high),
                    formatCount(Math.round((range.low * 1000) / range.cpm.low), locale),
                    formatCount(Math.round((range.high * 1000) / range.cpm.high), locale),
                    money(range.cpm.low),
                    money(range.cpm.high),
                  )}
            </li>
          );
        })}
        <li class="vl-muted">
          {price.basis === 'median-views' ? t('dossier_price_views_basis', formatCount(price.views.posts, locale)) : t('dossier_price_reach_basis')}
        </li>
        <li class="vl-muted">{t('dossier_price_caveat')}</li>
        {price.sources.map((source) => (
          <li key={source.url} class="vl-source" data-source-year={source.year}>
            {t('dossier_source', source.source, String(source.year))}
          </li>
        ))}
      </ul>
    </section>
  );
}
