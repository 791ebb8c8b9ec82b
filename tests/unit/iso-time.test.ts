import { describe, expect, it } from 'vitest';
import { isCanonicalIsoTime, minuteOfIsoTime, withinSpanBefore } from '../../lib/iso-time';

const HOURS_48 = 48 * 3_600_000;

describe('isCanonicalIsoTime', () => {
  it('accepts only real UTC times written as toISOString writes them', () => {
    expect(isCanonicalIsoTime('2026-01-31T10:00:00.000Z')).toBe(true);
    expect(isCanonicalIsoTime('2024-02-29T23:59:59.999Z')).toBe(true);
    expect(isCanonicalIsoTime('2026-01-31T10:00:00Z')).toBe(false);
    expect(isCanonicalIsoTime('2026-01-31T12:00:00.000+02:00')).toBe(false);
    expect(isCanonicalIsoTime('2025-02-29T00:00:00.000Z')).toBe(false);
    expect(isCanonicalIsoTime('2026-04-31T00:00:00.000Z')).toBe(false);
    expect(isCanonicalIsoTime('2026-01-01T24:00:00.000Z')).toBe(false);
    expect(isCanonicalIsoTime('2026-13-01T00:00:00.000Z')).toBe(false);
    expect(isCanonicalIsoTime('2026-01-01T00:00:6a.000Z')).toBe(false);
  });
});

describe('withinSpanBefore', () => {
  // Each case as Date.parse reads it: reference - time < 48 h.
  const cases: Array<[string, string, boolean]> = [
    ['2026-02-02T10:00:00.000Z', '2026-01-31T10:00:00.000Z', false], // exactly 48 h
    ['2026-02-02T10:00:00.000Z', '2026-01-31T10:00:00.001Z', true],
    ['2026-02-02T10:00:00.000Z', '2026-01-31T09:59:59.999Z', false],
    ['2026-02-02T10:00:00Z', '2026-01-31T10:00:00.001Z', true],
    ['2026-02-02T12:00:00+02:00', '2026-01-31T10:00:00.000Z', false],
    ['2026-02-02T10:00:00.000Z', '2026-01-31T12:00:00+02:00', false],
    ['2026-03-02T10:00:00.000Z', '2026-02-30T10:00:00.001Z', true], // rolls over to 2 March, as Date.parse reads it
    ['2026-02-02T10:00:00.000Z', '2026-02-03T00:00:00.000Z', true], // after the capture
    ['2026-02-02T10:00:00.000Z', 'yesterday', false],
    ['not a time', '2026-02-01T00:00:00.000Z', false],
  ];
  it.each(cases)('from %s, %s is within 48 h: %s', (reference, time, expected) => {
    expect(withinSpanBefore(reference, HOURS_48)(time)).toBe(expected);
    expect(Date.parse(reference) - Date.parse(time) < HOURS_48).toBe(expected);
  });
});

describe('minuteOfIsoTime', () => {
  it('writes the UTC minute of any readable time, and null for an unreadable one', () => {
    expect(minuteOfIsoTime('2026-03-01T14:05:59.999Z')).toBe('2026-03-01 14:05');
    expect(minuteOfIsoTime('2026-03-01T16:05:00+02:00')).toBe('2026-03-01 14:05');
    expect(minuteOfIsoTime('2026-02-30T10:00:00.000Z')).toBe('2026-03-02 10:00');
    expect(minuteOfIsoTime('soon')).toBeNull();
  });
});
