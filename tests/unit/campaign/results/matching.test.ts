import { describe, expect, it } from 'vitest';
import { campaignKeys, normalizeCode, normalizeUtm, utmOf } from '../../../../lib/campaign/results/keys';
import { matchRow } from '../../../../lib/campaign/results/match-rows';
import { springCampaign } from './fixtures';

const keys = campaignKeys(springCampaign());
const row = (key: string, campaign: string | null = null) => ({ key, campaign });

describe('matching imported rows by promo code', () => {
  it('ignores case, surrounding spaces, quotes and trailing punctuation', () => {
    for (const written of ['ALPHA10', 'alpha10', '  Alpha10 ', 'alpha10.', 'ALPHA10!', '"alpha10",', '«ALPHA10»', '(alpha10);', 'ALPHA10…']) {
      expect(normalizeCode(written), written).toBe('ALPHA10');
      expect(matchRow(row(written), 'code', keys), written).toEqual({ kind: 'creator', creatorKey: 'tiktok:vetlens_alpha' });
    }
  });

  it('does not match a code inside another, or a code with letters added', () => {
    for (const written of ['ALPHA100', 'XALPHA10', 'ALPHA-10', 'ALPHA 10']) expect(matchRow(row(written), 'code', keys), written).toEqual({ kind: 'unknown' });
  });

  it("reads every code of a cell listing several, and matches the first that is a creator's", () => {
    expect(matchRow(row('freeship, beta10'), 'code', keys)).toEqual({ kind: 'creator', creatorKey: 'tiktok:vetlens_beta' });
    expect(matchRow(row('freeship; summer'), 'code', keys)).toEqual({ kind: 'unknown' });
  });

  it('writes letters as codes were issued: a code typed with "ə" matches its E', () => {
    const campaign = springCampaign();
    campaign.creators[0] = { ...campaign.creators[0]!, promoCode: 'LEYLA5' };
    expect(matchRow(row('ləyla5'), 'code', campaignKeys(campaign))).toEqual({ kind: 'creator', creatorKey: 'tiktok:vetlens_alpha' });
  });
});

describe('matching imported rows by UTM', () => {
  it("compares utm_content with the creator's, case, spaces and encoding aside", () => {
    expect(keys.utmCampaign).toBe('spring-picks');
    for (const content of ['vetlens_alpha', 'VETLENS_ALPHA', ' vetlens_alpha ', 'vetlens%5Falpha']) {
      expect(matchRow(row(content, 'spring-picks'), 'utm-content', keys), content).toEqual({ kind: 'creator', creatorKey: 'tiktok:vetlens_alpha' });
    }
    expect(normalizeUtm('Spring+Picks')).toBe('spring picks');
  });

  it('sets apart rows of another campaign or of untagged traffic, and lists unknown content of this one', () => {
    expect(matchRow(row('vetlens_alpha', 'winter-sale'), 'utm-content', keys)).toEqual({ kind: 'other-campaign' });
    expect(matchRow(row('(not set)', '(direct)'), 'utm-content', keys)).toEqual({ kind: 'other-campaign' });
    expect(matchRow(row('someone_else', 'Spring-Picks'), 'utm-content', keys)).toEqual({ kind: 'unknown' });
    // Without a campaign column, the content alone decides.
    expect(matchRow(row('vetlens_beta'), 'utm-content', keys)).toEqual({ kind: 'creator', creatorKey: 'tiktok:vetlens_beta' });
  });

  it('reads the utm parameters of a full or short tracking link', () => {
    const link = keys.creators[1]!.trackingLink!;
    expect(link).toContain('utm_content=vetlens_beta');
    expect(matchRow(row(link), 'link', keys)).toEqual({ kind: 'creator', creatorKey: 'tiktok:vetlens_beta' });
    expect(matchRow(row('shop.example/spring?utm_campaign=spring-picks&utm_content=vetlens_alpha'), 'link', keys)).toEqual({
      kind: 'creator',
      creatorKey: 'tiktok:vetlens_alpha',
    });
    expect(matchRow(row('https://shop.example/spring?utm_campaign=autumn&utm_content=vetlens_alpha'), 'link', keys)).toEqual({ kind: 'other-campaign' });
    expect(matchRow(row('https://shop.example/other'), 'link', keys)).toEqual({ kind: 'unknown' });
    expect(utmOf('shop.example/no-parameters')).toEqual({ campaign: null, content: null });
    expect(utmOf('not a link at all')).toBeNull();
    expect(utmOf('')).toBeNull();
  });
});
