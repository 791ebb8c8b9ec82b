import { formatCount, formatDate } from '../../../lib/i18n/format';
import { formatWholePercent } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import type { SponsorshipHistory } from '../../../lib/dossier/types';

/** Who paid the creator before: the share of sponsored posts, the brands with dates, and posts that look paid without saying so. */
export function SponsorshipsSection(props: { sponsorships: SponsorshipHistory; i18n: I18n }) {
  const { sponsorships: s, i18n } = props;
  const { t, locale } = i18n;
  const n = (value: number) => formatCount(value, locale);
  return (
    <section class="vl-dossier-section" data-testid="vetlens-sponsorships" data-share={s.share ?? ''} data-sponsored={s.sponsored.length}>
      <h4>{t('dossier_sponsorships')}</h4>
      <ul>
        <li data-signal="share">
          {s.share === null ? t('dossier_share_none') : t('dossier_share', n(s.sponsored.length), n(s.postsSeen), formatWholePercent(s.share, locale))}
        </li>
        {s.brands.slice(0, 8).map((brand) => (
          <li key={brand.name} data-brand={brand.name}>
            {brand.dates[0]
              ? t('dossier_brand_line', brand.name, n(brand.posts), formatDate(brand.dates[0], locale))
              : t('dossier_brand_line_undated', brand.name, n(brand.posts))}
          </li>
        ))}
        {s.competitors.length > 0 && (
          <li class="vl-flag vl-flag-warn" data-signal="competitors">
            {t('dossier_competitors', s.competitors.join(', '))}
          </li>
        )}
        {s.undisclosed.slice(0, 5).map((post) => (
          <li key={post.id} class="vl-flag vl-flag-warn" data-undisclosed={post.id}>
            {t('dossier_undisclosed', post.id, post.cue)}
          </li>
        ))}
        {s.ownPromotions > 0 && <li class="vl-muted">{t('dossier_own_promotions', n(s.ownPromotions))}</li>}
      </ul>
    </section>
  );
}
