import { describe, expect, it } from 'vitest';
import { newCampaign, parseCampaign } from '../../../lib/campaign/schema';
import { effectivePromoCodes, parseLandingUrl, promoCodes, sanitizeCode, slugify, trackingLink, withPromoCodes } from '../../../lib/campaign/tracking';

const creator = (handle: string | null, platform: 'instagram' | 'tiktok' | 'youtube' = 'instagram') => ({
  handle,
  platform,
  creatorKey: `${platform}:${handle ?? 'id:1'}`,
});

describe('parseLandingUrl', () => {
  it('accepts http(s) only', () => {
    expect(parseLandingUrl(' https://shop.example/spring ').ok).toBe(true);
    expect(parseLandingUrl('http://shop.example').ok).toBe(true);
    expect(parseLandingUrl('javascript:alert(1)')).toEqual({ ok: false, error: 'scheme' });
    expect(parseLandingUrl('ftp://x.example')).toEqual({ ok: false, error: 'scheme' });
    expect(parseLandingUrl('shop.example')).toEqual({ ok: false, error: 'invalid' });
    expect(parseLandingUrl('   ')).toEqual({ ok: false, error: 'empty' });
  });
});

describe('trackingLink', () => {
  it("adds UTM parameters from campaign, platform and handle, keeping the marketer's own", () => {
    const link = trackingLink(
      'https://shop.example/p?ref=abc&utm_source=old#top',
      { name: 'Yaz Endirimi 2026!', id: 'c1' },
      creator('Maria.Styles', 'tiktok'),
    )!;
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://shop.example/p');
    expect(url.searchParams.get('ref')).toBe('abc');
    expect(url.searchParams.get('utm_source')).toBe('tiktok');
    expect(url.searchParams.getAll('utm_source')).toHaveLength(1);
    expect(url.searchParams.get('utm_medium')).toBe('influencer');
    expect(url.searchParams.get('utm_campaign')).toBe('yaz-endirimi-2026');
    expect(url.searchParams.get('utm_content')).toBe('maria.styles');
    expect(url.hash).toBe('#top');
  });

  it('encodes odd handles and gives null without a valid landing URL', () => {
    const link = trackingLink('https://shop.example/', { name: 'X', id: 'c1' }, creator('a&b=c d'))!;
    expect(new URL(link).searchParams.get('utm_content')).toBe('a&b=c d');
    expect(trackingLink('', { name: 'X', id: 'c1' }, creator('a'))).toBeNull();
    expect(trackingLink('data:text/html,hi', { name: 'X', id: 'c1' }, creator('a'))).toBeNull();
  });

  it('slugifies Azerbaijani and accented names', () => {
    expect(slugify('Şəki Çay — Güz')).toBe('seki-cay-guz');
  });
});

describe('promoCodes', () => {
  it('fills the pattern and sanitises', () => {
    expect(promoCodes('{HANDLE}{N}', { name: 'Spring' }, [creator('maria.styles'), creator('bob_99')])).toEqual(['MARIASTYLES1', 'BOB992']);
    expect(promoCodes('{CAMPAIGN}-{HANDLE}', { name: 'Spring Sale' }, [creator('ana')])).toEqual(['SPRINGSALE-ANA']);
    expect(promoCodes('{platform}_{handle} 10%', { name: 'x' }, [creator('ana', 'youtube')])).toEqual(['YOANA10']);
  });

  it('never repeats a code within a campaign', () => {
    const codes = promoCodes('{HANDLE}', { name: 'x' }, [creator('ana', 'instagram'), creator('ana', 'tiktok'), creator('Ana', 'youtube'), creator('ana2')]);
    expect(new Set(codes).size).toBe(4);
    expect(codes.slice(0, 3)).toEqual(['ANA', 'ANA2', 'ANA3']);
    expect(codes[3]).toBe('ANA22');
  });

  it('handles handles with no Latin letters, missing handles and formula-like text', () => {
    const codes = promoCodes('{HANDLE}', { name: 'x' }, [creator('анна'), creator(null), creator('=cmd|x'), creator('ləman')]);
    expect(codes).toEqual(['C1', 'C2', 'CMDX', 'LEMAN']);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9-]+$/);
  });

  it('keeps codes short and unique even when truncation makes them equal', () => {
    const long = 'x'.repeat(40);
    const codes = promoCodes('{CAMPAIGN}{HANDLE}{HANDLE}', { name: 'Campaignname' }, [creator(long), creator(long + 'y')]);
    expect(codes.every((c) => c.length <= 24)).toBe(true);
    expect(new Set(codes).size).toBe(2);
  });

  it('sanitizeCode strips everything but A-Z, 0-9 and single dashes', () => {
    expect(sanitizeCode('--ğ ü @ ö--x')).toBe('GUO-X');
  });
});

describe('issued promo codes', () => {
  const campaign = () =>
    newCampaign({
      id: 'c',
      name: 'Spring',
      now: new Date('2026-03-01T00:00:00Z'),
      creators: ['ana', 'bob', 'cem'].map((h) => ({ creatorKey: `tiktok:${h}`, platform: 'tiktok' as const, handle: h })),
    });

  it('stay the same when another creator is removed', () => {
    const issued = withPromoCodes(campaign());
    expect(issued.creators.map((c) => c.promoCode)).toEqual(['ANA1', 'BOB2', 'CEM3']);
    const without = { ...issued, creators: issued.creators.filter((c) => c.creatorKey !== 'tiktok:ana') };
    expect(effectivePromoCodes(without)).toEqual(['BOB2', 'CEM3']);
    expect(withPromoCodes(without).creators.map((c) => c.promoCode)).toEqual(['BOB2', 'CEM3']);
    // Issued again on request: numbered by the new order.
    expect(withPromoCodes(without, true).creators.map((c) => c.promoCode)).toEqual(['BOB1', 'CEM2']);
  });

  it('give new creators a code no one holds, and a campaign with a repeated code is invalid', () => {
    const c = campaign();
    c.promoPattern = '{CAMPAIGN}';
    c.creators[1]!.promoCode = 'SPRING';
    expect(withPromoCodes(c).creators.map((x) => x.promoCode)).toEqual(['SPRING2', 'SPRING', 'SPRING3']);
    c.creators[0]!.promoCode = 'SPRING';
    expect(parseCampaign(c)).toMatchObject({ ok: false });
    c.creators[0]!.promoCode = 'bad code';
    expect(parseCampaign(c).ok).toBe(false);
  });
});
