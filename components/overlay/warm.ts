import { formatCompact, formatCount, formatDate, formatDecimal, formatMoney, formatPercent, formatWholePercent } from '../../lib/i18n/format';

/**
 * Builds the formatters the card's scores will use (numbers, percents, dates, language names) while the
 * card still says "loading": each frame is a fresh page, and building an Intl formatter costs far more
 * than using one, so the first scored card would otherwise pay for all of them at once. The values
 * are thrown away; the formatters stay in lib/i18n/format.ts's cache.
 */
export function warmFormatters(locale: string): void {
  formatCount(24310, locale);
  formatCount(24310, locale, true);
  formatCompact(24310, locale);
  formatPercent(0.0123, locale);
  formatPercent(0.0123, locale, 1);
  formatWholePercent(0.64, locale);
  formatDecimal(1.5, locale);
  formatMoney(120, locale);
  formatDate('2026-11-29T12:00:00.000Z', locale);
  try {
    new Intl.DisplayNames([locale], { type: 'language' }).of('az');
  } catch {
    // A runtime without DisplayNames: the card names languages by code.
  }
}
