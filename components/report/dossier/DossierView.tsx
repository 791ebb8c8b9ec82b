import '../report.css';
import type { Dossier } from '../../../lib/dossier/types';
import type { I18n } from '../../../lib/i18n/translate';
import { AudienceSection } from './AudienceSection';
import { ContactSection } from './ContactSection';
import { GrowthSection } from './GrowthSection';
import { PriceSection } from './PriceSection';
import { SponsorshipsSection } from './SponsorshipsSection';

/** The dossier's sections, shared by the card, the popup and the side panel. */
export function DossierView(props: { dossier: Dossier; i18n: I18n; open?: boolean }) {
  const { dossier, i18n } = props;
  return (
    <details class="vl-dossier" data-testid="vetlens-dossier" open={props.open}>
      <summary>{i18n.t('dossier_title')}</summary>
      <AudienceSection audience={dossier.audience} i18n={i18n} />
      <SponsorshipsSection sponsorships={dossier.sponsorships} i18n={i18n} />
      <PriceSection price={dossier.price} i18n={i18n} />
      <ContactSection contact={dossier.contact} i18n={i18n} />
      <GrowthSection growth={dossier.growth} i18n={i18n} />
    </details>
  );
}
