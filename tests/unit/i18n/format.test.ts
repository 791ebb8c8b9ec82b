import { describe, expect, it } from 'vitest';
import {
  dateOrder,
  formatCount,
  formatDate,
  formatDay,
  formatMoney,
  formatPercent,
  missingConventions,
  numberFormat,
  parseTypedDay,
} from '../../../lib/i18n/format';
import { formatForInput } from '../../../lib/i18n/number';
import { defaultCurrencyFor, pluralCategory } from '../../../lib/i18n/locale-data';
import { tierText } from '../../../lib/i18n/tier-label';

describe('locale formats', () => {
  it('writes numbers, percentages, money and dates as the interface language does', () => {
    expect(formatCount(24310, 'az')).toBe('24.310');
    expect(formatCount(24310, 'en-US')).toBe('24,310');
    expect(formatPercent(0.0111, 'az')).toBe('1,11%');
    expect(formatPercent(0.0111, 'en-US')).toBe('1.11%');
    expect(formatDate('2026-11-29T10:00:00Z', 'az')).toBe('29.11.2026');
    expect(formatDate('2026-11-29T10:00:00Z', 'en-US')).toBe('11/29/2026');
    expect(formatDay('2026-11-29', 'az')).toBe('29.11.2026');
    expect(formatMoney(1200.5, 'az', 'AZN')).toMatch(/^1\.200,50\s?₼$/);
  });

  it('applies Azerbaijani conventions by hand where the runtime has no Azerbaijani data (Chromium)', () => {
    const az = missingConventions('az', () => false)!;
    expect(az).not.toBeNull();
    expect(missingConventions('az', () => true)).toBeNull();
    expect(missingConventions('en-US', () => false)).toBeNull();
    expect(numberFormat('az', {}, az).format(24310.5)).toBe('24.310,5');
    expect(numberFormat('az', { style: 'percent', maximumFractionDigits: 2 }, az).format(0.0111)).toBe('1,11%');
    expect(numberFormat('az', { useGrouping: false, maximumFractionDigits: 2 }, az).format(1200.5)).toBe('1200,5');
    expect(formatDate('2026-11-29T10:00:00Z', 'az', az)).toBe('29.11.2026');
  });

  it('reads dates typed in the interface order or as ISO, and refuses impossible ones', () => {
    expect(dateOrder('az')).toEqual(['day', 'month', 'year']);
    expect(dateOrder('en-US')).toEqual(['month', 'day', 'year']);
    expect(parseTypedDay('29.11.2026', 'az')).toBe('2026-11-29');
    expect(parseTypedDay('29/11/26', 'az')).toBe('2026-11-29');
    expect(parseTypedDay('11/29/2026', 'en-US')).toBe('2026-11-29');
    expect(parseTypedDay('2026-11-29', 'az')).toBe('2026-11-29');
    expect(parseTypedDay('31.02.2026', 'az')).toBeNull();
    expect(parseTypedDay('29.11', 'az')).toBeNull();
    expect(parseTypedDay('soon', 'en-US')).toBeNull();
  });

  it('shows an input value in the interface convention', () => {
    expect(formatForInput(1200.5, 'az')).toBe('1200,5');
  });
});

describe('money and short numbers as each language writes them', () => {
  it('writes money with the sign where CLDR puts it: after the number in Azerbaijani', () => {
    expect(formatMoney(1200.5, 'az', 'AZN')).toBe('1.200,50\u00a0₼');
    expect(formatMoney(600, 'az', 'USD')).toBe('600,00\u00a0$');
    expect(formatMoney(-17006, 'az', 'AZN')).toBe('-17.006,00\u00a0₼');
    expect(formatMoney(1200.5, 'az', 'CHF')).toBe('1.200,50\u00a0CHF');
    expect(formatMoney(1200.5, 'en-US', 'USD')).toBe('$1,200.50');
    expect(formatMoney(null, 'az', 'AZN')).toBe('—');
  });

  it("starts a campaign in the interface language's currency", () => {
    expect(defaultCurrencyFor('az')).toBe('AZN');
    expect(defaultCurrencyFor('en-GB')).toBe('USD');
    expect(defaultCurrencyFor('ru')).toBe('USD');
  });

  it("writes short numbers with the language's units", () => {
    expect(formatCount(15_300, 'az', true)).toBe('15,3\u00a0min');
    expect(formatCount(1_234_567, 'az', true)).toBe('1,2\u00a0mln');
    expect(formatCount(2_500_000_000, 'az', true)).toBe('2,5\u00a0mlrd');
    expect(formatCount(999_960, 'az', true)).toBe('1\u00a0mln');
    expect(formatCount(999, 'az', true)).toBe('999');
    expect(formatCount(15_300, 'en-US', true)).toBe('15.3K');
    expect(formatCount(1_234_567, 'en-US', true)).toBe('1.2M');
  });

  it("writes the tiers' labels in the language of the sentence", () => {
    expect(tierText('10k–50k', 'az')).toBe('10–50\u00a0min');
    expect(tierText('500k–1M', 'az')).toBe('500\u00a0min – 1\u00a0mln');
    expect(tierText('>500k', 'az')).toBe('500\u00a0min-dən çox');
    expect(tierText('>1M', 'az')).toBe('1\u00a0mln-dan çox');
    expect(tierText('<1k', 'az')).toBe('1\u00a0min-dən az');
    expect(tierText('10k–50k', 'en-US')).toBe('10k–50k');
  });

  it("has the plural rules of both languages without the browser's data", () => {
    expect(pluralCategory('az', 1)).toBe('one');
    expect(pluralCategory('az', 2)).toBe('other');
    expect(pluralCategory('az', 0)).toBe('other');
    expect(pluralCategory('en-GB', 1)).toBe('one');
    expect(pluralCategory('en-GB', 1.5)).toBe('other');
    expect(pluralCategory('ru', 21)).toBe('one');
  });
});
