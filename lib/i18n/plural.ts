import { formatCount } from './format';
import { pluralCategory } from './locale-data';
import type { PluralKey } from './message-keys';
import type { I18n } from './translate';

/**
 * A message with a count in it, in the form the count takes: "<base>_one" or "<base>_other" by the
 * interface language's plural rules (shipped for English and Azerbaijani, lib/i18n/locale-data.ts),
 * with the count written by the locale's formatter as $1 ("1 post", "24,310 posts", "24.310 post").
 * The other substitutions follow as $2, $3…
 */
export function plural(i18n: Pick<I18n, 't' | 'locale'>, base: PluralKey, count: number, ...rest: Array<string | number>): string {
  const form = pluralCategory(i18n.locale, count);
  return i18n.t(form === 'one' ? `${base}_one` : `${base}_other`, formatCount(count, i18n.locale), ...rest);
}
