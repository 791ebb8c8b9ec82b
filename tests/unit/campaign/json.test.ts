import { describe, expect, it } from 'vitest';
import { newCampaign } from '../../../lib/campaign/schema';
import { loadCampaign, loadCampaignData, saveCampaign, uniqueCampaignName } from '../../../lib/storage/campaigns';
import { campaignCsv } from '../../../lib/export/csv';
import { campaignJson, campaignJsonInChunks, importCampaignFile, parseCampaignFile } from '../../../lib/export/campaign-json';
import { buildCampaignExport } from '../../../lib/export/rows';
import type { VetlensDB } from '../../../lib/storage/db';
import { nodeI18n } from '../../../lib/i18n/node';
import { freshDb, post, snapshot, store } from './fixtures';

async function seeded() {
  const db = await freshDb();
  const a = await store(db, snapshot({ platform: 'tiktok', handle: 'ana', posts: [post('1', { views: 500, likes: 50, comments: 1 })] }));
  const b = await store(
    db,
    snapshot({ platform: 'youtube', handle: 'Bəxtiyar', followers: 2_000_000, posts: [post('1', { views: 90_000, likes: 4000, comments: 100 })] }),
  );
  await db.creators.update(a, { tags: ['beauty'], notes: 'met at expo', status: 'contacted' });
  const campaign = newCampaign({
    id: 'cmp-1',
    name: 'Novruz launch',
    now: new Date('2026-03-01T00:00:00Z'),
    creators: [
      { creatorKey: a, platform: 'tiktok', handle: 'ana' },
      { creatorKey: b, platform: 'youtube', handle: 'Bəxtiyar' },
    ],
  });
  campaign.goal = 'launch';
  campaign.kpis = [{ metric: 'revenue', kind: 'percent-increase', value: 20, baseline: 5000 }];
  campaign.landingUrl = 'https://shop.example/novruz';
  campaign.creators[0] = { ...campaign.creators[0]!, model: 'barter', productValue: 80 };
  campaign.creators[1] = { ...campaign.creators[1]!, feePerPost: 1200, schedule: { kind: 'dates', dates: ['2026-03-10', '2026-03-20'] } };
  const saved = await saveCampaign(db, campaign, new Date('2026-03-02T00:00:00Z'));
  return { db, campaign: saved };
}

async function dump(db: VetlensDB) {
  return {
    campaigns: await db.campaigns.toArray(),
    snapshots: await db.snapshots.toArray(),
    creators: await db.creators.toArray(),
  };
}

describe('campaign JSON', () => {
  it('writes the same text in chunks, with progress, as in one go', async () => {
    const { db, campaign } = await seeded();
    const data = await loadCampaignData(db, campaign);
    const now = new Date('2026-03-03T00:00:00Z');
    const progress: Array<[number, number]> = [];
    const chunked = await campaignJsonInChunks(campaign, data, (done, total) => progress.push([done, total]), now, 1);
    expect(chunked).toBe(campaignJson(campaign, data, now));
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const empty = { ...campaign, creators: [] };
    expect(await campaignJsonInChunks(empty, data, undefined, now)).toBe(campaignJson(empty, data, now));
  });

  it('round-trips into a fresh profile: same campaign, same numbers', async () => {
    const { db, campaign } = await seeded();
    const data = await loadCampaignData(db, campaign);
    const text = campaignJson(campaign, data, new Date('2026-03-03T00:00:00Z'));
    const file = JSON.parse(text);
    expect(file.format).toBe('vetlens-campaign');
    expect(file.version).toBe(1);
    expect(file.creators).toHaveLength(2);

    const fresh = await freshDb();
    const parsed = parseCampaignFile(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const outcome = await importCampaignFile(fresh, parsed.file);
    expect(outcome).toMatchObject({ renamed: false, snapshotsKept: 2, creatorsAdded: 2 });
    expect(await loadCampaign(fresh, campaign.id)).toEqual(campaign);
    const freshData = await loadCampaignData(fresh, campaign);
    expect(await fresh.creators.get('tiktok:ana')).toMatchObject({ tags: ['beauty'], notes: 'met at expo', status: 'contacted' });
    expect(await campaignCsv(buildCampaignExport(campaign, freshData), { i18n: nodeI18n('en') })).toBe(
      await campaignCsv(buildCampaignExport(campaign, data), { i18n: nodeI18n('en') }),
    );
  });

  it('gives an imported campaign a new id instead of overwriting one', async () => {
    const { db, campaign } = await seeded();
    const text = campaignJson(campaign, await loadCampaignData(db, campaign));
    const parsed = parseCampaignFile(text);
    if (!parsed.ok) throw new Error('expected a valid file');
    const outcome = await importCampaignFile(db, parsed.file);
    expect(outcome.renamed).toBe(true);
    expect(outcome.campaign.id).not.toBe(campaign.id);
    expect(outcome.snapshotsKept).toBe(2);
    expect(outcome.creatorsAdded).toBe(0);
    expect(await db.campaigns.count()).toBe(2);
    expect(await loadCampaign(db, campaign.id)).toEqual(campaign);
    // Beside its original, the copy gets its own name; a third import the next free number.
    expect(outcome.campaign.name).toBe('Novruz launch (2)');
    expect((await loadCampaign(db, outcome.campaign.id))?.name).toBe('Novruz launch (2)');
    const third = await importCampaignFile(db, parsed.file);
    expect(third.campaign.name).toBe('Novruz launch (3)');
  });

  it('names a copy after the first free number, and leaves a unique name as it is', () => {
    expect(uniqueCampaignName('Spring', new Set(['Autumn']))).toBe('Spring');
    expect(uniqueCampaignName('Spring', new Set(['Spring']))).toBe('Spring (2)');
    expect(uniqueCampaignName('Spring (2)', new Set(['Spring', 'Spring (2)']))).toBe('Spring (3)');
  });

  it('reports errors for bad files and leaves the store untouched', async () => {
    const { db, campaign } = await seeded();
    const good = JSON.parse(campaignJson(campaign, await loadCampaignData(db, campaign)));
    const before = await dump(db);
    const broken: Array<[string, string]> = [
      ['not json', '{oops'],
      ['wrong format', JSON.stringify({ ...good, format: 'other' })],
      ['future version', JSON.stringify({ ...good, version: 2 })],
      ['bad goal', JSON.stringify({ ...good, campaign: { ...good.campaign, goal: 'world-domination' } })],
      ['negative fee', JSON.stringify({ ...good, campaign: { ...good.campaign, creators: [{ ...good.campaign.creators[0], feePerPost: -1 }] } })],
      ['bad snapshot', JSON.stringify({ ...good, creators: [{ ...good.creators[0], snapshot: { ...good.creators[0].snapshot, followers: 'many' } }] })],
      ['key mismatch', JSON.stringify({ ...good, creators: [{ ...good.creators[0], creatorKey: 'tiktok:someone-else' }] })],
      ['duplicate creator', JSON.stringify({ ...good, campaign: { ...good.campaign, creators: [good.campaign.creators[0], good.campaign.creators[0]] } })],
    ];
    for (const [label, text] of broken) {
      const result = parseCampaignFile(text);
      expect(result.ok, label).toBe(false);
      if (!result.ok) expect(result.errors.length, label).toBeGreaterThan(0);
    }
    const badGoal = parseCampaignFile(broken[3]![1]);
    expect(!badGoal.ok && badGoal.errors.join(' ')).toContain('campaign.goal');
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a snapshot dated in the future (a 2099 visit with 999,999,999 followers for a known creator), a script as landing URL, and says where', async () => {
    const { db, campaign } = await seeded();
    const good = JSON.parse(campaignJson(campaign, await loadCampaignData(db, campaign)));
    const future = {
      ...good,
      creators: [{ ...good.creators[0], snapshot: { ...good.creators[0].snapshot, capturedAt: '2099-01-01T00:00:00.000Z', followers: 999_999_999 } }],
    };
    const result = parseCampaignFile(JSON.stringify(future), new Date('2026-03-03T00:00:00Z'));
    expect(result).toEqual({ ok: false, errors: ['creators[0].snapshot.capturedAt: 2099-01-01T00:00:00.000Z is in the future'] });
    const script = parseCampaignFile(JSON.stringify({ ...good, campaign: { ...good.campaign, landingUrl: 'javascript:fetch(1)' } }));
    expect(script.ok).toBe(false);
    expect(!script.ok && script.errors.join(' ')).toMatch(/^campaign\.landingUrl: expected an http\(s\) address/);
    const fee = parseCampaignFile(JSON.stringify({ ...good, campaign: { ...good.campaign, creators: [{ ...good.campaign.creators[0], feePerPost: -1 }] } }));
    expect(!fee.ok && fee.errors).toEqual(['campaign.creators[0].feePerPost: expected a number ≥ 0, got -1']);
  });

  it('rolls back every write when the import fails halfway', async () => {
    const { db, campaign } = await seeded();
    const parsed = parseCampaignFile(campaignJson(campaign, await loadCampaignData(db, campaign)));
    if (!parsed.ok) throw new Error('expected a valid file');
    const fresh = await freshDb();
    // The last write of the transaction fails: the snapshots and creators written before it must not stay.
    const original = fresh.campaigns.add.bind(fresh.campaigns);
    fresh.campaigns.add = (() => Promise.reject(new Error('disk full'))) as unknown as typeof fresh.campaigns.add;
    await expect(importCampaignFile(fresh, parsed.file)).rejects.toThrow();
    fresh.campaigns.add = original;
    expect(await fresh.snapshots.count()).toBe(0);
    expect(await fresh.creators.count()).toBe(0);
    expect(await fresh.campaigns.count()).toBe(0);
  });
});
