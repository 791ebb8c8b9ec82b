import { describe, expect, it } from 'vitest';
import { formatForInput, parseTypedCount, parseTypedNumber } from '../../../lib/i18n/number';

const value = (text: string) => {
  const parsed = parseTypedNumber(text);
  return parsed.ok ? parsed.value : parsed.reason;
};

describe('parseTypedNumber', () => {
  it('reads Azerbaijani input: decimal comma, thousands with a space or a dot', () => {
    expect(value('1200,50')).toBe(1200.5);
    expect(value('1 200,50')).toBe(1200.5);
    expect(value('1\u00a0200,50')).toBe(1200.5);
    expect(value('1\u202f200,5')).toBe(1200.5);
    expect(value('1.200,50')).toBe(1200.5);
    expect(value('1.200.000,5')).toBe(1200000.5);
    expect(value('12,5')).toBe(12.5);
    expect(value('0,125')).toBe(0.125);
    expect(value('1 200')).toBe(1200);
    expect(value('1 200,500')).toBe(1200.5);
    expect(value('1.200.000')).toBe(1200000);
  });

  it('reads English input: decimal point, thousands with a comma', () => {
    expect(value('1,200.50')).toBe(1200.5);
    expect(value('1200.50')).toBe(1200.5);
    expect(value('1,200,000')).toBe(1200000);
    expect(value('1,200,000.25')).toBe(1200000.25);
    expect(value('.5')).toBe(0.5);
    expect(value('5.')).toBe(5);
    expect(value('1200.500')).toBe(1200.5);
  });

  it('leaves out currency and per cent signs around the number', () => {
    expect(value('₼ 1 200,50')).toBe(1200.5);
    expect(value('1200 AZN')).toBe(1200);
    expect(value('$1,200.50')).toBe(1200.5);
    expect(value('15%')).toBe(15);
  });

  it('asks when the text reads both ways', () => {
    expect(parseTypedNumber('1,200')).toEqual({ ok: false, reason: 'ambiguous', readings: [1.2, 1200] });
    expect(parseTypedNumber('1.200')).toEqual({ ok: false, reason: 'ambiguous', readings: [1.2, 1200] });
    expect(parseTypedNumber('250.000')).toEqual({ ok: false, reason: 'ambiguous', readings: [250, 250000] });
  });

  it('refuses what is not a number, and says when nothing was typed', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    for (const bad of ['abc', '1,2,3', '1.20.0', '1,200.5,5', '12a4', '1e5', '1..2', '--5', ',']) expect(value(bad), bad).toBe('invalid');
  });

  it('keeps the sign, so callers can refuse a negative amount', () => {
    expect(value('-1200,5')).toBe(-1200.5);
  });

  it('writes a number back the way the interface reads it, never ambiguously', () => {
    expect(formatForInput(1200.5, 'az')).toBe('1200,5');
    expect(formatForInput(1200.5, 'en-US')).toBe('1200.5');
    expect(formatForInput(null, 'az')).toBe('');
    for (const n of [1200.5, 0.125, 1234567.89, 120.13, 7]) {
      for (const locale of ['az', 'en-US', 'de']) expect(value(formatForInput(n, locale, 3))).toBe(n);
    }
  });
});

describe('parseTypedCount', () => {
  it('reads a follower count written either way, a single mark before three digits grouping thousands', () => {
    expect(parseTypedCount('10000')).toBe(10000);
    expect(parseTypedCount('10 000')).toBe(10000);
    expect(parseTypedCount('10,000')).toBe(10000);
    expect(parseTypedCount('10.000')).toBe(10000);
    expect(parseTypedCount('1,200,000')).toBe(1200000);
    expect(parseTypedCount('  ')).toBeNull();
  });

  it('refuses what is not a count, rather than guessing', () => {
    for (const text of ['10k', '1,5', '2.5', '-3', '1200 AZN', 'many']) expect(parseTypedCount(text), text).toBeUndefined();
  });
});
