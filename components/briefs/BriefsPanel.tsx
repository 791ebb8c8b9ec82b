import type { VetlensDB } from '../../lib/db';
import type { I18n } from '../../lib/i18n/translate';

/** The brand briefs workspace (list, edit, import/export, active brief, score weights). */
export function BriefsPanel(props: { db: VetlensDB; i18n: I18n }) {
  void props.db;
  return <section data-testid="briefs-panel">{props.i18n.t('briefs_title')}</section>;
}
