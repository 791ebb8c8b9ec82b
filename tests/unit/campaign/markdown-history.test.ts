import { describe, expect, it } from 'vitest';
import { newCampaign } from '../../../lib/campaign/schema';
import { loadCampaignData } from '../../../lib/storage/campaigns';
import { chartPoints, historySeries } from '../../../lib/scoring/history';
import { storedSnapshots } from '../../../lib/storage/visits';
import { nodeI18n } from '../../../lib/i18n/node';
import { campaignMarkdown } from '../../../lib/export/markdown';
import { escapeMarkdown } from '../../../lib/export/markdown-text';
import { buildCampaignExport } from '../../../lib/export/rows';
import { freshDb, post, snapshot, store } from './fixtures';

describe('campaign brief (Markdown)', () => {
  it('escapes untrusted text so it cannot add links, HTML or table cells', () => {
    expect(escapeMarkdown('[click](javascript:x) <img src=x> a|b\nrow')).toBe('\\[click\\]\\(javascript:x\\) \\<img src=x\\> a\\|b row');
  });

  it('lists goal, KPIs, schedule and every creator with code and link, in the UI language', async () => {
    const db = await freshDb();
    const key = await store(db, snapshot({ platform: 'tiktok', handle: 'evil|handle', posts: [post('1', { views: 4000, likes: 100, comments: 1 })] }));
    const campaign = newCampaign({
      id: 'c',
      name: 'Payız *sale*',
      now: new Date('2026-09-01T00:00:00Z'),
      creators: [{ creatorKey: key, platform: 'tiktok', handle: 'evil|handle' }],
    });
    campaign.goal = 'sales';
    campaign.kpis = [{ metric: 'orders', kind: 'percent-increase', value: 20, baseline: 500 }];
    campaign.landingUrl = 'https://shop.example/p';
    const data = buildCampaignExport(campaign, await loadCampaignData(db, campaign));
    const en = await campaignMarkdown(data, nodeI18n('en'), { now: new Date('2026-09-02T00:00:00Z') });
    expect(en).toContain('# Payız \\*sale\\*');
    expect(en).toContain('**Goal:** Sales');
    expect(en).toContain('- Orders: +20% against the previous period (500): 100 more');
    expect(en).toContain('posts: 1 a week for 4 weeks');
    expect(en).toContain('@evil\\|handle');
    expect(en).toContain(`\`${data.rows[0]!.promoCode}\``);
    expect(en).toContain('utm_content=evil%7Chandle');
    // One table row per creator, with exactly as many cells as the header.
    const tableLines = en.split('\n').filter((l) => l.startsWith('| '));
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(tableLines).toHaveLength(3); // header, separator, one creator
    expect(cells(tableLines[2]!)).toBe(cells(tableLines[0]!));
    const az = await campaignMarkdown(data, nodeI18n('az'), { now: new Date('2026-09-02T00:00:00Z') });
    expect(az).toContain('**Məqsəd:** Satış');
  });
});

describe('creator history', () => {
  it('gives one point per stored visit, null where the page showed nothing, and places only known values', async () => {
    const db = await freshDb();
    const posts = [post('1', { views: 1000, likes: 50, comments: 0 }), post('2', { views: 1000, likes: 70, comments: 0 })];
    await store(db, snapshot({ platform: 'tiktok', handle: 'a', capturedAt: '2026-01-05T10:00:00Z', followers: 1000, posts }));
    await store(db, snapshot({ platform: 'tiktok', handle: 'a', capturedAt: '2026-01-12T10:00:00Z', followers: null, posts: [] }));
    await store(db, snapshot({ platform: 'tiktok', handle: 'a', capturedAt: '2026-01-19T10:00:00Z', followers: 3000, posts }));
    const series = historySeries(await storedSnapshots(db, 'tiktok:a'));
    expect(series.map((p) => p.capturedAt)).toEqual(['2026-01-05T10:00:00Z', '2026-01-12T10:00:00Z', '2026-01-19T10:00:00Z']);
    expect(series.map((p) => p.followers)).toEqual([1000, null, 3000]);
    expect(series[0]!.engagementRate).toBeCloseTo(0.06);
    expect(series[1]!.engagementRate).toBeNull();
    const placed = chartPoints(series, (p) => p.followers, 100, 50, 0);
    expect(placed.map((p) => [p.x, p.y, p.value])).toEqual([
      [0, 50, 1000],
      [100, 0, 3000],
    ]);
  });
});
