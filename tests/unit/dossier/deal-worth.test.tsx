// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FairPriceNote } from '../../../components/sidepanel/campaign/FairPriceNote';
import { dealWorthPerPost } from '../../../lib/dossier/price';
import type { FairPrice } from '../../../lib/dossier/types';
import { nodeI18n } from '../../../lib/i18n/node';

const TERMS = { feePerPost: 500, commissionPercent: 10, expectedSales: 6000, productValue: 240 };
const PRICE: FairPrice = {
  low: 40,
  high: 200,
  currency: 'USD',
  basis: 'reach-estimate',
  views: { low: 2000, high: 4000, posts: 0 },
  perFormat: [],
  sources: [],
};

afterEach(() => render(null, document.body));

describe('what a deal pays per post at the campaign’s assumptions', () => {
  it('a fee as typed, a commission at the expected sales and a barter’s product value spread over the posts', () => {
    expect(dealWorthPerPost({ ...TERMS, model: 'fee' }, 4)).toEqual({ model: 'fee', perPost: 500 });
    // 10% of 6,000 expected sales over 4 posts.
    expect(dealWorthPerPost({ ...TERMS, model: 'commission' }, 4)).toEqual({ model: 'commission', perPost: 150 });
    expect(dealWorthPerPost({ ...TERMS, model: 'barter' }, 4)).toEqual({ model: 'barter', perPost: 60 });
  });

  it('says nothing where the terms are missing or the schedule has no posts', () => {
    expect(dealWorthPerPost({ ...TERMS, model: 'commission', expectedSales: null }, 4)).toBeNull();
    expect(dealWorthPerPost({ ...TERMS, model: 'barter', productValue: null }, 4)).toBeNull();
    expect(dealWorthPerPost({ ...TERMS, model: 'barter' }, 0)).toBeNull();
  });

  it('sets a commission beside the fair range in the campaign view', () => {
    render(<FairPriceNote price={PRICE} deal={dealWorthPerPost({ ...TERMS, model: 'commission' }, 4)} currency="USD" i18n={nodeI18n('en')} />, document.body);
    const note = document.querySelector('[data-testid="campaign-fair-price"]')!;
    expect(note.getAttribute('data-position')).toBe('within');
    expect(note.textContent).toBe('The commission pays $150.00 per post at the sales you expect: within the fair range $40.00–$200.00 · ');
    render(<FairPriceNote price={PRICE} deal={dealWorthPerPost({ ...TERMS, model: 'barter' }, 8)} currency="USD" i18n={nodeI18n('en')} />, document.body);
    expect(document.querySelector('[data-testid="campaign-fair-price"]')!.getAttribute('data-position')).toBe('below');
  });

  it('does not set a fee in another currency against the fair range, which is in USD, and says why', () => {
    render(<FairPriceNote price={PRICE} deal={dealWorthPerPost({ ...TERMS, model: 'fee' }, 4)} currency="AZN" i18n={nodeI18n('en')} />, document.body);
    const note = document.querySelector('[data-testid="campaign-fair-price"]')!;
    expect(note.getAttribute('data-position')).toBe('');
    expect(note.textContent).toBe('$40.00–$200.00 per post, in USD: not set against this campaign’s pay, which is in AZN (Vetlens keeps no exchange rates) · ');
  });
});
