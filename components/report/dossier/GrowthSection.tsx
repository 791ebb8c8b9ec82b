import { writeFact } from '../../../lib/i18n/facts';
import type { I18n } from '../../../lib/i18n/translate';
import type { GrowthSignals } from '../../../lib/dossier/types';
import { dropFact, growthRateFact } from '../../../lib/verdicts';

/** Followers gained per day against what ads can add, and counts that fell between visits. */
export function GrowthSection(props: { growth: GrowthSignals; i18n: I18n }) {
  const { growth, i18n } = props;
  const { t } = i18n;
  const rate = growthRateFact(growth);
  return (
    <section class="vl-dossier-section" data-testid="vetlens-growth" data-drops={growth.drops.length}>
      <h4>{t('dossier_growth')}</h4>
      <ul>
        <li data-signal="followers-per-day" class={growth.aboveCeiling ? 'vl-flag vl-flag-warn' : undefined}>
          {rate ? writeFact(rate, i18n) : t('dossier_growth_none')}
        </li>
        {growth.aboveCeiling && <li class="vl-muted">{t('dossier_growth_above')}</li>}
        {growth.drops.length === 0 ? (
          <li class="vl-muted">{t('dossier_drops_none')}</li>
        ) : (
          growth.drops.slice(0, 5).map((drop) => (
            <li key={`${drop.id}-${drop.metric}-${drop.to}`} class="vl-flag vl-flag-warn" data-drop={drop.id}>
              {writeFact(dropFact(drop), i18n)}
            </li>
          ))
        )}
      </ul>
    </section>
  );
}
