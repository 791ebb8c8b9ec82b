import { describe, expect, it } from 'vitest';
import * as authenticityReferences from '../../../lib/scoring/authenticity-references';
import * as benchmarks from '../../../lib/scoring/benchmarks';
import { matchingLines, sourceFiles } from '../helpers/sources';

/**
 * lib/scoring/benchmarks.ts holds the tiers the engagement and reach scores compare with;
 * lib/scoring/authenticity-references.ts what the authenticity checks compare with. One subject each.
 */
describe('benchmarks and authenticity references, apart', () => {
  it('exports the engagement and reach tiers from benchmarks.ts, and nothing of authenticity', () => {
    expect(Object.keys(benchmarks).sort()).toEqual([
      'BENCHMARKS',
      'REACH_EVIDENCE',
      'REACH_REFERENCES',
      'percentileInTier',
      'percentileOfRatio',
      'rateAtPercentile',
      'reachReference',
      'reachTierFor',
      'tierFor',
      'typicalRate',
    ]);
  });

  it('exports what the authenticity checks compare with from authenticity-references.ts', () => {
    expect(Object.keys(authenticityReferences).sort()).toEqual([
      'AUTHENTICITY_CALIBRATION',
      'AUTHENTICITY_LINE_PERCENTILES',
      'GROWTH',
      'HYPEAUDITOR_2018',
      'INSTAFAKE',
      'VIEWS_PER_FOLLOWER_ESTIMATE',
      'instagramRateReference',
    ]);
  });

  it('defines the percentiles the authenticity lines are drawn at once, for the shipped lines and the fit', () => {
    const { AUTHENTICITY_CALIBRATION, AUTHENTICITY_LINE_PERCENTILES } = authenticityReferences;
    expect(AUTHENTICITY_CALIBRATION.percentiles).toBe(AUTHENTICITY_LINE_PERCENTILES);
    expect(AUTHENTICITY_LINE_PERCENTILES).toEqual({
      rateHigh: { info: 95, warn: 99 },
      rateLow: { info: 5, warn: 1 },
      commentsPerLike: { lowWarn: 0, lowInfo: 10, high: 95 },
      likesCv: { warn: 0, info: 3 },
    });
    const elsewhere = sourceFiles().filter((file) => file !== 'lib/scoring/authenticity-references.ts');
    expect(matchingLines(elsewhere, /\brateHigh:\s*\{\s*info:\s*\d+\s*,|\blikesCv:\s*\{\s*warn:\s*\d+\s*,\s*info:\s*\d+\s*\}/)).toEqual([]);
  });
});
