import { describe, expect, it } from 'vitest';
import { formatDecimal, formatWholePercent } from '../../../lib/i18n/format';
import { matchingLines, sourceFiles } from '../helpers/sources';

/**
 * Numbers are written through lib/i18n/format.ts, which applies the language's conventions where the
 * runtime lacks them (Chromium formats Azerbaijani as English). A formatter built elsewhere skips that.
 */
describe('numbers through the shared formatter', () => {
  it("writes the overall's shares in whole percent and the this-post ratio as a decimal, in the language", () => {
    expect(formatWholePercent(0.4, 'en')).toBe('40%');
    expect(formatWholePercent(1 / 3, 'en')).toBe('33%');
    expect(formatWholePercent(null, 'en')).toBe('—');
    expect(formatDecimal(2.45, 'az', 1)).toBe('2,5');
    expect(formatDecimal(12.4, 'en', 0)).toBe('12');
  });

  it('builds no number formatter outside lib/i18n/format.ts', () => {
    const code = sourceFiles().filter((file) => file !== 'lib/i18n/format.ts');
    expect(code.length).toBeGreaterThan(100);
    expect(matchingLines(code, /\bIntl\.NumberFormat\b|\.toLocaleString\(/)).toEqual([]);
  });
});
