import { describe, expect, it } from 'vitest';
import { scoreSnapshot } from '../../lib/scoring';
import type { ProfileSnapshot } from '../../lib/snapshot';
import { deleteCampaign, loadCampaign, restoreCampaign, saveCampaign } from '../../lib/storage/campaigns';
import { setNotes, setStatus } from '../../lib/storage/creators';
import { creatorVerdicts, explainFlag, unexplainFlag } from '../../lib/storage/verdicts';
import { setShortlisted } from '../../lib/storage/shortlists';
import { recordSnapshot } from '../../lib/storage/visits';
import { newCampaign } from '../../lib/campaign/schema';
import { readRows, readStamp } from '../../lib/team/layout';
import { link, openMember, settle } from './members';
import type { VetlensDB } from '../../lib/storage/db';

function snapshot(handle: string, followers: number): ProfileSnapshot {
  return {
    platform: 'instagram',
    handle,
    url: `https://www.instagram.com/${handle}/`,
    capturedAt: '2026-02-01T10:00:00Z',
    displayName: handle,
    bio: null,
    verified: false,
    followers,
    following: 100,
    postCount: 10,
    totalLikes: null,
    precision: {},
    posts: [],
    links: [],
    likesHidden: false,
    sources: ['dom'],
    pageKind: 'profile',
  };
}

async function visit(db: VetlensDB, handle: string, followers = 50_000): Promise<string> {
  const snap = snapshot(handle, followers);
  return recordSnapshot(db, snap, scoreSnapshot(snap, {}));
}

const NOW = new Date('2026-12-07T12:00:00Z');

async function seedCampaign(db: VetlensDB) {
  const campaign = newCampaign({
    id: 'cmp-team-1',
    name: 'Spring launch',
    now: NOW,
    creators: [
      { creatorKey: 'instagram:lena', platform: 'instagram', handle: 'lena' },
      { creatorKey: 'instagram:murad', platform: 'instagram', handle: 'murad' },
    ],
  });
  return saveCampaign(db, campaign, NOW);
}

describe('team binding', () => {
  it('a creator shortlisted by one member is on the other member’s list, with the record but not the visits', async () => {
    const [ayla, kamran] = await Promise.all([openMember('ayla'), openMember('kamran')]);
    link(ayla, kamran);
    const key = await visit(ayla.db, 'lena', 48_200);
    await setShortlisted(ayla.db, key, true, 'default', NOW);
    await setNotes(ayla.db, key, 'Answered within a day');
    await settle(ayla, kamran);

    expect(await kamran.db.shortlistEntries.toArray()).toEqual([{ listId: 'default', creatorKey: 'instagram:lena', addedAt: '2026-12-07T12:00:00.000Z' }]);
    const record = await kamran.db.creators.get('instagram:lena');
    expect(record).toMatchObject({ key: 'instagram:lena', followers: 48_200, notes: 'Answered within a day', snapshotCount: 0 });
    expect((await ayla.db.creators.get('instagram:lena'))?.snapshotCount).toBe(1);
    expect(await kamran.db.snapshots.count()).toBe(0);
    // Who changed it last travels with it.
    expect(readStamp(readRows(kamran.doc.getMap('table:creators')).get('"instagram:lena"'))?.by).toBe('ayla');
  });

  it('two members editing one campaign offline both keep their fields, and agree on a field both changed', async () => {
    const [ayla, kamran] = await Promise.all([openMember('ayla'), openMember('kamran')]);
    const net = link(ayla, kamran);
    const seeded = await seedCampaign(ayla.db);
    await settle(ayla, kamran);
    expect((await loadCampaign(kamran.db, 'cmp-team-1'))?.name).toBe('Spring launch');

    net.offline();
    await saveCampaign(ayla.db, { ...seeded, name: 'Spring launch AZ', budget: 5000 }, new Date('2026-12-07T12:01:00Z'));
    const theirs = (await loadCampaign(kamran.db, 'cmp-team-1'))!;
    await saveCampaign(
      kamran.db,
      {
        ...theirs,
        currency: 'AZN',
        budget: 4000,
        creators: theirs.creators.map((c) => (c.creatorKey === 'instagram:murad' ? { ...c, feePerPost: 300 } : c)),
      },
      new Date('2026-12-07T12:02:00Z'),
    );
    await settle(ayla, kamran);
    net.online();
    await settle(ayla, kamran);

    const a = (await loadCampaign(ayla.db, 'cmp-team-1'))!;
    const k = (await loadCampaign(kamran.db, 'cmp-team-1'))!;
    expect(a).toEqual(k);
    expect(a.name).toBe('Spring launch AZ');
    expect(a.currency).toBe('AZN');
    expect(a.creators.map((c) => [c.creatorKey, c.feePerPost])).toEqual([
      ['instagram:lena', null],
      ['instagram:murad', 300],
    ]);
    // Both set the budget: one value wins on both machines.
    expect([4000, 5000]).toContain(a.budget);
  });

  it('a deletion and its undo reach the other member, and the other member’s edit after the undo stays', async () => {
    const [ayla, kamran] = await Promise.all([openMember('ayla'), openMember('kamran')]);
    link(ayla, kamran);
    await seedCampaign(ayla.db);
    await settle(ayla, kamran);

    const deleted = await deleteCampaign(ayla.db, 'cmp-team-1');
    await settle(ayla, kamran);
    expect(await kamran.db.campaigns.count()).toBe(0);

    await restoreCampaign(ayla.db, deleted!);
    await settle(ayla, kamran);
    expect((await loadCampaign(kamran.db, 'cmp-team-1'))?.name).toBe('Spring launch');

    const restored = (await loadCampaign(kamran.db, 'cmp-team-1'))!;
    await saveCampaign(kamran.db, { ...restored, budget: 1200 }, new Date('2026-12-07T12:05:00Z'));
    await settle(ayla, kamran);
    expect((await loadCampaign(ayla.db, 'cmp-team-1'))?.budget).toBe(1200);
  });

  it('edits made offline survive closing the panel and sync when the member is back online', async () => {
    const ayla = await openMember('ayla');
    const kamran = await openMember('kamran');
    const net = link(ayla, kamran);
    const key = await visit(ayla.db, 'murad');
    await settle(ayla, kamran);
    net.offline();
    await setStatus(kamran.db, [key], 'contacted');
    await settle(kamran);
    await setNotes(ayla.db, key, 'Prefers barter');
    await settle(ayla);
    // Kamran closes the side panel while offline and opens it again later.
    kamran.close();
    const reopened = await openMember('kamran', { db: kamran.db, teamDb: kamran.teamDb });
    const again = link(ayla, reopened);
    again.online();
    await settle(ayla, reopened);

    for (const db of [ayla.db, reopened.db]) expect(await db.creators.get(key)).toMatchObject({ status: 'contacted', notes: 'Prefers barter' });
  });

  it('a flag one member explains shows as explained for the other, and taking it back reaches them too', async () => {
    const [ayla, kamran] = await Promise.all([openMember('ayla'), openMember('kamran')]);
    link(ayla, kamran);
    const key = await visit(ayla.db, 'lena');
    await explainFlag(ayla.db, key, 'brandFit:undisclosed-sponsorship:p3', 'Our own client’s gift, disclosed in stories', NOW);
    await settle(ayla, kamran);
    expect(await creatorVerdicts(kamran.db, key)).toEqual([
      {
        creatorKey: key,
        flag: 'brandFit:undisclosed-sponsorship:p3',
        note: 'Our own client’s gift, disclosed in stories',
        explainedAt: '2026-12-07T12:00:00.000Z',
      },
    ]);

    await unexplainFlag(kamran.db, key, 'brandFit:undisclosed-sponsorship:p3');
    await settle(ayla, kamran);
    expect(await creatorVerdicts(ayla.db, key)).toEqual([]);
  });

  it('a row a teammate sends that breaks the store’s rules stays out', async () => {
    const [ayla, kamran] = await Promise.all([openMember('ayla'), openMember('kamran')]);
    link(ayla, kamran);
    ayla.doc.transact(() => {
      const map = ayla.doc.getMap('table:shortlists');
      map.set('"hostile"\u0000', true);
      map.set('"hostile"\u0000/id', 'hostile');
      map.set('"hostile"\u0000/name', 'x'.repeat(5000));
      map.set('"hostile"\u0000/createdAt', 'yesterday');
    });
    await settle(ayla, kamran);
    expect(await kamran.db.shortlists.get('hostile')).toBeUndefined();
    expect(kamran.binding.report.refused).toBeGreaterThan(0);
  });
});
