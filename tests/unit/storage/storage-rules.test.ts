import { describe, expect, it } from 'vitest';
import { newCampaign } from '../../../lib/campaign/schema';
import { campaignJson, importCampaignFile, parseCampaignFile } from '../../../lib/export/campaign-json';
import { nodeI18n } from '../../../lib/i18n/node';
import { readBackup, restoreBackup, writeBackup } from '../../../lib/storage/backup';
import { loadCampaignData } from '../../../lib/storage/campaigns';
import { addTag, allTags } from '../../../lib/storage/creators';
import { CreatorRecordSchema, cleanTag } from '../../../lib/storage/records';
import { recordSnapshot } from '../../../lib/storage/visits';
import { freshDb, post, snapshot, store } from '../campaign/fixtures';
import { scoreSnapshot } from '../../../lib/scoring';

/**
 * Each stored rule is written once (lib/storage/records.ts) and holds on every way in: the side
 * panel's edits, the background's visits, a restored backup and an imported campaign file.
 */
const i18n = nodeI18n('en');

/** A post page of a creator never seen before: what the worker stores from a video opened first. */
const videoPage = snapshot({
  platform: 'tiktok',
  handle: 'ana',
  url: 'https://www.tiktok.com/@ana/video/7400000000000000001',
  pageKind: 'post',
  posts: [post('7400000000000000001', { views: 900, likes: 90, comments: 3 })],
});

describe('the tag rule', () => {
  it('trims, collapses spaces, lower-cases (İ as i) and caps the length', () => {
    expect(cleanTag('  Travel   Blog ')).toBe('travel blog');
    expect(cleanTag('İdman')).toBe('idman');
    expect(cleanTag('ÇAY')).toBe('çay');
    expect(cleanTag('x'.repeat(80))).toHaveLength(50);
  });

  it('holds for tags the side panel adds: one tag whatever its case', async () => {
    const db = await freshDb();
    const key = await store(db, snapshot({ platform: 'instagram', handle: 'lena' }));
    await addTag(db, [key], ' Travel ');
    const again = await addTag(db, [key], 'TRAVEL');
    expect(again.count).toBe(0);
    expect((await db.creators.get(key))!.tags).toEqual(['travel']);
    expect(await allTags(db)).toEqual(['travel']);
  });

  it('holds for a restored backup and an imported campaign file', async () => {
    const source = await freshDb();
    const key = await store(source, snapshot({ platform: 'instagram', handle: 'lena' }));
    // As versions 2 to 4 stored tags: as typed.
    await source.creators.update(key, { tags: ['Travel', 'travel', 'Food '] });
    const campaign = newCampaign({
      id: 'cmp-1',
      name: 'Spring',
      now: new Date('2026-03-01T00:00:00Z'),
      creators: [{ creatorKey: key, platform: 'instagram', handle: 'lena' }],
    });
    const text = campaignJson(campaign, await loadCampaignData(source, campaign), new Date('2026-03-02T00:00:00Z'));

    const file = await writeBackup(source);
    const read = await readBackup(new Blob(file.parts), i18n);
    if (!read.ok) throw new Error(read.error);
    const restored = await freshDb();
    expect(await restoreBackup(restored, read.backup, i18n)).toMatchObject({ ok: true });
    expect((await restored.creators.get(key))!.tags).toEqual(['travel', 'food']);

    const parsed = parseCampaignFile(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const imported = await freshDb();
    await importCampaignFile(imported, parsed.file);
    expect((await imported.creators.get(key))!.tags).toEqual(['travel', 'food']);
  });
});

describe('the creator record', () => {
  it('starts the same from a visit and from an imported campaign: the profile address, the marketer fields empty', async () => {
    const visited = await freshDb();
    await recordSnapshot(visited, videoPage, scoreSnapshot(videoPage, {}));
    const fromVisit = (await visited.creators.get('tiktok:ana'))!;
    expect(fromVisit).toMatchObject({ url: 'https://www.tiktok.com/@ana', tags: [], notes: '', status: 'to-contact', groupId: null, snapshotCount: 1 });

    const campaign = newCampaign({
      id: 'cmp-2',
      name: 'Video',
      now: new Date('2026-03-01T00:00:00Z'),
      creators: [{ creatorKey: 'tiktok:ana', platform: 'tiktok', handle: 'ana' }],
    });
    const parsed = parseCampaignFile(campaignJson(campaign, await loadCampaignData(visited, campaign)));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const imported = await freshDb();
    await importCampaignFile(imported, { ...parsed.file, creators: parsed.file.creators.map(({ creatorKey, snapshot }) => ({ creatorKey, snapshot })) });
    // The same record, except that a file's snapshot is not a visit of this profile.
    expect(await imported.creators.get('tiktok:ana')).toEqual({ ...fromVisit, snapshotCount: 0 });
  });

  it('reads a record an early build wrote without the marketer fields with their defaults', () => {
    const early = {
      key: 'instagram:a',
      platform: 'instagram',
      handle: 'a',
      displayName: null,
      url: 'https://www.instagram.com/a/',
      followers: 10,
      verified: null,
      firstSeenAt: '2024-01-01T00:00:00Z',
      lastSeenAt: '2024-01-01T00:00:00Z',
      snapshotCount: 1,
      scores: { overall: null, engagement: null, engagementRate: null, authenticity: null, authenticityVerdict: null, brandFit: null },
    };
    expect(CreatorRecordSchema.parse(early)).toMatchObject({ tags: [], notes: '', status: 'to-contact', groupId: null });
    expect(CreatorRecordSchema.safeParse({ ...early, notes: 'x'.repeat(20_001) }).success).toBe(false);
  });
});
