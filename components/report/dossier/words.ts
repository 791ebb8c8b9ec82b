import { formatWholePercent } from '../../../lib/i18n/format';
import type { LanguageShare } from '../../../lib/dossier/types';

/** "Azerbaijani 64%, Russian 20%": languages by name in the interface language, code where Intl lacks it. */
export function languageList(languages: readonly LanguageShare[], locale: string, max = 4): string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'language' });
  } catch {
    names = null;
  }
  return languages
    .slice(0, max)
    .map((l) => `${names?.of(l.language) ?? l.language} ${formatWholePercent(l.share, locale)}`)
    .join(', ');
}
