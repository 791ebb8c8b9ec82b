import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeI18n } from '../../../lib/i18n/node';
import { instagramTimelineSeries, tiktokNextDataSeries } from '../../../lib/eval/real';
import { rocAuc, runEvaluation } from '../../../lib/eval/run';
import { formatEvaluation } from '../../../lib/eval/report';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', name.startsWith('tt_') ? 'tiktok' : 'instagram', name), 'utf8');

describe('evaluation harness (small seeded run)', () => {
  // A different seed and a smaller sample than `npm run eval`, so thresholds are not fitted to one draw.
  const result = runEvaluation({ seed: 7, perTier: 60, i18n: nodeI18n('en') });

  it('keeps genuine creators mostly "ok" (≤ 10% flagged)', () => {
    expect(result.genuine.n).toBe(420);
    expect(result.genuine.flagged).toBeLessThanOrEqual(0.1);
  });

  it('detects bought likes (2–5× median) in ≥ 80% and a two-snapshot follower jump in ≥ 95%', () => {
    // About 300 bought-likes cases here: a standard error near 2.3 points, so this small run allows
    // two of them below the 80% that `npm run eval` (1,030 cases) must reach.
    expect(result.manipulated['bought-likes'].flagged).toBeGreaterThanOrEqual(0.75);
    expect(result.manipulated['bought-followers-jump'].flagged).toBeGreaterThanOrEqual(0.95);
    expect(result.manipulated['bought-followers-jump'].auc!).toBeGreaterThan(0.95);
  });

  it('detects pods as well as the comments ÷ likes spread allows (documented below the 80% target)', () => {
    // InstaFake's own spread caps this near 66% at a 5% false-positive cost; see docs/evaluation.md.
    expect(result.manipulated.pods.flagged).toBeGreaterThanOrEqual(0.55);
    const line = result.podsTradeoff.find((p) => p.threshold === 0.066)!;
    expect(line.genuineAbove).toBeLessThan(0.08);
  });

  it('calibrates engagement so a tier-median creator scores 40–60 on every platform', () => {
    for (const tier of result.tiers) for (const score of Object.values(tier.medianCreatorScore)) {
      expect(score).toBeGreaterThanOrEqual(40);
      expect(score).toBeLessThanOrEqual(60);
    }
  });

  it('ranks creators whose captions match the brief above those whose do not', () => {
    expect(result.brandFit.matchingRanksHigher).toBe(1);
  });

  it('reads genuine series from the real captures and reports them', () => {
    const profile = fixture('ig_web_profile_info_anasaiaofficial_2024-03_edge_crawlinsta.json');
    const ig = instagramTimelineSeries(profile, fixture('ig_user_timeline_graphql_anasaiaofficial_2024-03_crawlinsta.json'), '2024-03-05T00:00:00.000Z');
    expect(ig.followers).toBe(740_983);
    expect(ig.posts.filter((p) => p.pinned)).toHaveLength(3);
    const tt = tiktokNextDataSeries(fixture('tt_profile_tiktok_2021-01_NEXT_DATA_excerpt_tiktok-scraper.html'), '2021-01-06T00:00:00.000Z');
    expect(tt.posts[0]).toMatchObject({ likes: 84_900, views: 844_100 });
    const small = runEvaluation({ seed: 1, perTier: 2, i18n: nodeI18n('en'), real: [{ label: 'ig', series: { snapshot: ig, history: [] } }] });
    expect(small.real.find((r) => r.variant === 'genuine')?.outcome.verdict).toBe('ok');
    expect(small.real.find((r) => r.variant === 'bought-likes')?.outcome.verdict).not.toBe('ok');
    expect(formatEvaluation(small)).toContain('| ig | genuine |');
  });

  it('computes ROC AUC by pairwise comparison', () => {
    expect(rocAuc([90, 80], [10, 20])).toBe(1);
    expect(rocAuc([50], [50])).toBe(0.5);
    expect(rocAuc([10], [90])).toBe(0);
  });
});
