import { formatCount, formatDate } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import type { GrowthSignals } from '../../../lib/dossier/types';
import { messageKey } from '../../../lib/i18n/keys';

/** Followers gained per day against what ads can add, and counts that fell between visits. */
export function GrowthSection(props: { growth: GrowthSignals; i18n: I18n }) {
  const { growth, i18n } = props;
  const { t, locale } = i18n;
  const n = (value: number) => formatCount(value, locale);
  return (
    <section class="vl-dossier-section" data-testid="vetlens-growth" data-drops={growth.drops.length}>
      <h4>{t('dossier_growth')}</h4>
      <ul>
        <li data-signal="followers-per-day" class={growth.aboveCeiling ? 'vl-flag vl-flag-warn' : undefined}>
          {growth.followersPerDay === null || !growth.span
            ? t('dossier_growth_none')
            : t(
                'dossier_growth_rate',
                n(Math.round(growth.followersPerDay)),
                String(growth.span.days),
                n(growth.ceiling.perDay),
                growth.ceiling.source,
                String(growth.ceiling.year),
              )}
        </li>
        {growth.aboveCeiling && <li class="vl-muted">{t('dossier_growth_above')}</li>}
        {growth.drops.length === 0 ? (
          <li class="vl-muted">{t('dossier_drops_none')}</li>
        ) : (
          growth.drops.slice(0, 5).map((drop) => (
            <li key={`${drop.id}-${drop.metric}-${drop.to}`} class="vl-flag vl-flag-warn" data-drop={drop.id}>
              {t(
                'dossier_drop',
                t(messageKey('metric', drop.metric)),
                n(drop.before),
                n(drop.after),
                formatDate(drop.from, locale),
                formatDate(drop.to, locale),
                drop.id,
              )}
            </li>
          ))
        )}
      </ul>
    </section>
  );
}
