import { describe, expect, it } from 'vitest';
import { CampaignSchema, newCampaign } from '../../../lib/campaign/schema';
import { nodeI18n } from '../../../lib/i18n/node';

describe('formats marketers book today', () => {
  it('takes Stories, Reels and Shorts beside photo, video, blog post and live, named in both languages', () => {
    const campaign = {
      ...newCampaign({ id: 'c1', name: 'Spring', now: new Date('2026-02-02T00:00:00Z'), creators: [] }),
      formats: ['story', 'reel', 'short', 'photo'],
    };
    expect(CampaignSchema.safeParse(campaign).success).toBe(true);
    expect((['story', 'reel', 'short'] as const).map((f) => nodeI18n('en').t(`campaign_format_${f}`))).toEqual(['Story', 'Reel', 'Short']);
    expect((['story', 'reel', 'short'] as const).map((f) => nodeI18n('az').t(`campaign_format_${f}`))).toEqual(['Story', 'Reels', 'Shorts']);
  });
});
