import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../lib/campaign/results/compute';
import { checkKpi, hasMeasurableKpi, kpiGoal } from '../../../../lib/campaign/results/kpi';
import { pooledRatio, ratio, RATIO_NAMES, RATIOS, type Quantity } from '../../../../lib/campaign/results/ratios';
import { resultsFormat, whyRatio } from '../../../../lib/campaign/results/text';
import { campaignWindow, scheduleSpan } from '../../../../lib/campaign/results/window';
import type { KpiTarget } from '../../../../lib/campaign/schema';
import { nodeI18n } from '../../../../lib/i18n/node';
import { importOf, springCampaign } from './fixtures';

const all = (over: Partial<Record<Quantity, number | null>> = {}): Record<Quantity, number | null> => ({
  spend: 600,
  impressions: 40_000,
  engagements: 2_000,
  clicks: 400,
  orders: 12,
  revenue: 540,
  ...over,
});

describe('ratios', () => {
  it('computes CPM, CPE, cost per click, cost per order and ROAS', () => {
    expect(ratio('cpm', all()).value).toBe(15);
    expect(ratio('cpe', all()).value).toBe(0.3);
    expect(ratio('cpc', all()).value).toBe(1.5);
    expect(ratio('cpo', all()).value).toBe(50);
    expect(ratio('roas', all()).value).toBe(0.9);
  });

  for (const name of RATIO_NAMES) {
    const { numerator, denominator } = RATIOS[name];
    it(`${name}: a zero ${denominator} gives no value and says "0", never Infinity`, () => {
      const r = ratio(name, all({ [denominator]: 0 }));
      expect(r).toEqual({ value: null, why: { quantity: denominator, zero: true } });
    });
    it(`${name}: a missing ${denominator} or ${numerator} gives no value and names it, never NaN`, () => {
      expect(ratio(name, all({ [denominator]: null }))).toEqual({ value: null, why: { quantity: denominator, zero: false } });
      expect(ratio(name, all({ [numerator]: null }))).toEqual({ value: null, why: { quantity: numerator, zero: false } });
      expect(ratio(name, all({ [denominator]: Number.NaN })).value).toBeNull();
    });
  }

  it('a zero numerator is a real zero: 0 orders of 0 spend is no ratio, 0 revenue on spend is ROAS 0', () => {
    expect(ratio('roas', all({ revenue: 0 })).value).toBe(0);
    expect(ratio('cpo', all({ spend: 0 })).value).toBe(0);
    expect(ratio('roas', all({ spend: 0 })).why).toEqual({ quantity: 'spend', zero: true });
  });

  it('pools over creators where both parts are known, and says why when none has both', () => {
    expect(
      pooledRatio('cpo', [all({ spend: 600, orders: 12 }), all({ spend: 100, orders: null }), all({ spend: null, orders: 3 }), all({ spend: 40, orders: 8 })])
        .value,
    ).toBe(640 / 20);
    expect(pooledRatio('cpo', [all({ orders: null }), all({ orders: null })])).toEqual({ value: null, why: { quantity: 'orders', zero: false } });
    expect(pooledRatio('roas', [all({ spend: 0 })])).toEqual({ value: null, why: { quantity: 'spend', zero: true } });
    expect(pooledRatio('cpm', []).value).toBeNull();
  });

  it('shows an empty ratio as "—" with its reason, in either language', () => {
    const fmt = resultsFormat(nodeI18n('en'), 'USD');
    const r = ratio('cpo', all({ orders: 0 }));
    expect(fmt.ratio('cpo', r)).toBe('—');
    expect(whyRatio(r, nodeI18n('en'))).toBe('0 orders');
    expect(whyRatio(ratio('cpc', all({ clicks: null })), nodeI18n('az'))).toBe('kliklər idxal olunmayıb');
    expect(fmt.ratio('roas', ratio('roas', all()))).toBe('0.9×');
    expect(resultsFormat(nodeI18n('az'), 'AZN').ratio('cpo', ratio('cpo', all({ spend: 1234.5, orders: 1 })))).toMatch(/^1\.234,5/);
  });
});

describe('cost under each collaboration model', () => {
  const shop = (campaign: ReturnType<typeof springCampaign>) => importOf('shopify-sales-by-discount.csv', campaign);
  const resultFor = (creator: Partial<ReturnType<typeof springCampaign>['creators'][number]>, withShop = true) => {
    const campaign = springCampaign();
    campaign.creators[0] = { ...campaign.creators[0]!, ...creator };
    return computeResults(campaign, new Map(), withShop ? [shop(campaign)] : []).creators[0]!;
  };

  it('fee: fee per post × posts agreed', () => {
    expect(resultFor({ model: 'fee', feePerPost: 150 }).spend).toEqual({ value: 600, problem: null });
    expect(resultFor({ model: 'fee', feePerPost: null }).spend).toEqual({ value: null, problem: 'no-fee' });
    expect(resultFor({ model: 'fee', feePerPost: 0 }).ratios.cpo).toEqual({ value: 0, why: null });
  });

  it('commission: the percent of the imported revenue; none until revenue is imported', () => {
    expect(resultFor({ model: 'commission', commissionPercent: 15 }).spend.value).toBeCloseTo(81);
    expect(resultFor({ model: 'commission', commissionPercent: 15 }, false).spend).toEqual({ value: null, problem: 'no-revenue' });
    expect(resultFor({ model: 'commission', commissionPercent: null }).spend).toEqual({ value: null, problem: 'no-commission' });
  });

  it("barter: the product's value", () => {
    const r = resultFor({ model: 'barter', productValue: 120 });
    expect(r.spend).toEqual({ value: 120, problem: null });
    expect(r.ratios.cpo.value).toBe(10);
    expect(r.ratios.roas.value).toBe(4.5);
    expect(resultFor({ model: 'barter', productValue: null }).spend.problem).toBe('no-product-value');
  });
});

describe('KPI targets that can be checked', () => {
  const kpi = (over: Partial<KpiTarget>): KpiTarget => ({ metric: 'orders', kind: 'absolute', value: 100, baseline: null, ...over });
  const actuals = { reach: 50_000, impressions: 120_000, engagements: 3_000, clicks: 600, orders: 15, revenue: 700, 'cost-per-order': 40 };

  it('an absolute target is reached by the total; cost per order by staying at or under it', () => {
    expect(checkKpi(kpi({ metric: 'clicks', value: 500 }), actuals)).toMatchObject({ actual: 600, met: true, progress: 1.2 });
    expect(checkKpi(kpi({ metric: 'cost-per-order', value: 50 }), actuals)).toMatchObject({ actual: 40, met: true, progress: 1.25 });
    expect(checkKpi(kpi({ metric: 'cost-per-order', value: 30 }), actuals)).toMatchObject({ met: false });
  });

  it('"+20% against the previous period" needs that period\'s figure, and asks for 20% of it on top', () => {
    const goal = kpiGoal(kpi({ kind: 'percent-increase', value: 20, baseline: 50 }));
    expect(goal).toEqual({ measurable: true, problem: null, target: 10, lowerIsBetter: false });
    expect(checkKpi(kpi({ kind: 'percent-increase', value: 20, baseline: 50 }), actuals)).toMatchObject({ met: true, progress: 1.5 });
    expect(kpiGoal(kpi({ kind: 'percent-increase', value: 20, baseline: null }))).toMatchObject({ measurable: false, problem: 'no-baseline' });
    expect(kpiGoal(kpi({ metric: 'cost-per-order', kind: 'percent-increase', value: 10, baseline: 40 })).problem).toBe('percent-of-cost');
    expect(kpiGoal(kpi({ value: 0 })).problem).toBe('no-value');
  });

  it('a campaign with no target that can be checked is told apart', () => {
    expect(hasMeasurableKpi([])).toBe(false);
    expect(hasMeasurableKpi([kpi({ kind: 'percent-increase', baseline: null })])).toBe(false);
    expect(hasMeasurableKpi([kpi({ kind: 'percent-increase', baseline: null }), kpi({})])).toBe(true);
  });

  it('without the figure yet, a target is neither met nor failed', () => {
    expect(checkKpi(kpi({}), { ...actuals, orders: null })).toMatchObject({ actual: null, met: null, progress: null });
  });
});

describe('campaign dates', () => {
  it('come from the campaign, else the schedules, else the day it was drafted', () => {
    expect(scheduleSpan({ kind: 'frequency', postsPerPeriod: 2, period: 'week', periods: 4, startDate: '2026-03-01' })).toEqual({
      start: '2026-03-01',
      end: '2026-03-28',
    });
    expect(scheduleSpan({ kind: 'frequency', postsPerPeriod: 1, period: 'month', periods: 2, startDate: '2026-01-31' })).toEqual({
      start: '2026-01-31',
      end: '2026-03-30',
    });
    expect(scheduleSpan({ kind: 'dates', dates: ['2026-04-09', '2026-04-02'] })).toEqual({ start: '2026-04-02', end: '2026-04-09' });
    const campaign = springCampaign();
    expect(campaignWindow(campaign)).toMatchObject({ start: '2026-03-01', end: '2026-03-28', startFrom: 'schedule', endFrom: 'schedule' });
    expect(campaignWindow({ ...campaign, startDate: '2026-02-25', endDate: '2026-04-30' })).toMatchObject({
      start: '2026-02-25',
      end: '2026-04-30',
      startFrom: 'campaign',
    });
    expect(campaignWindow({ ...campaign, defaultSchedule: { ...campaign.defaultSchedule, kind: 'frequency', startDate: null } as never })).toMatchObject({
      start: '2026-02-20',
      end: null,
      startFrom: 'drafted',
    });
  });
});
