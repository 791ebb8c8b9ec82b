import { describe, expect, it } from 'vitest';
import {
  InvalidCampaignError,
  createCampaignFromKeys,
  createCampaignFromList,
  deleteCampaign,
  listCampaigns,
  loadCampaign,
  restoreCampaign,
  saveCampaign,
} from '../../../lib/storage/campaigns';
import { DEFAULT_SHORTLIST_ID } from '../../../lib/storage/records';
import { setShortlisted } from '../../../lib/storage/shortlists';
import { freshDb, snapshot, store } from './fixtures';

async function seeded() {
  const db = await freshDb();
  const keys: string[] = [];
  for (const [i, handle] of ['ana', 'bob', 'cem'].entries()) {
    const key = await store(db, snapshot({ platform: 'youtube', handle }));
    await setShortlisted(db, key, true, DEFAULT_SHORTLIST_ID, new Date(Date.UTC(2026, 0, 1 + i)));
    keys.push(key);
  }
  return { db, keys };
}

describe('campaign store', () => {
  it('drafts from a whole list (newest first) or only the chosen creators', async () => {
    const { db, keys } = await seeded();
    const all = await createCampaignFromList(db, { listId: DEFAULT_SHORTLIST_ID, name: 'All', now: new Date('2026-02-01T00:00:00Z') });
    expect(all.creators.map((c) => c.creatorKey)).toEqual(['youtube:cem', 'youtube:bob', 'youtube:ana']);
    expect(all.creators.every((c) => c.model === 'fee' && c.feePerPost === null && c.schedule === null)).toBe(true);
    expect(all.sourceListId).toBe(DEFAULT_SHORTLIST_ID);
    const some = await createCampaignFromKeys(db, { keys: [keys[0]!, 'youtube:unknown', keys[0]!], name: 'Some' });
    expect(some.creators.map((c) => c.creatorKey)).toEqual(['youtube:ana']);
    expect(await loadCampaign(db, all.id)).toEqual(all);
  });

  it('refuses to save an invalid campaign and keeps the stored one', async () => {
    const { db } = await seeded();
    const campaign = await createCampaignFromList(db, { listId: DEFAULT_SHORTLIST_ID, name: 'Ok' });
    await expect(saveCampaign(db, { ...campaign, name: '   ' })).rejects.toBeInstanceOf(InvalidCampaignError);
    await expect(saveCampaign(db, { ...campaign, creators: [campaign.creators[0]!, campaign.creators[0]!] })).rejects.toThrow(/twice/);
    expect((await loadCampaign(db, campaign.id))!.name).toBe('Ok');
  });

  it('deletes with undo, and hides stored rows that fail validation', async () => {
    const { db } = await seeded();
    const campaign = await createCampaignFromList(db, { listId: DEFAULT_SHORTLIST_ID, name: 'Gone' });
    await db.campaigns.put({ id: 'broken', campaign: { name: 42 }, updatedAt: '2026-01-01T00:00:00Z' });
    const deleted = await deleteCampaign(db, campaign.id);
    expect(await loadCampaign(db, campaign.id)).toBeNull();
    await restoreCampaign(db, deleted!);
    const listed = await listCampaigns(db);
    expect(listed.campaigns.map((c) => c.id)).toEqual([campaign.id]);
    expect(listed.invalid).toEqual(['broken']);
  });
});
