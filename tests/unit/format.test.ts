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
} from '../../lib/i18n/format';
import { formatForInput } from '../../lib/i18n/number';

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
