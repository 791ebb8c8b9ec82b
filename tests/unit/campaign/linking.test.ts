import { describe, expect, it } from 'vitest';
import { groupMembers, linkCreators, linkedProfileKeys, suggestLinks, unlinkCreator } from '../../../lib/storage/linking';
import { freshDb, snapshot, store } from './fixtures';

describe('linkedProfileKeys', () => {
  it('finds profiles on other platforms in bios and link lists', () => {
    const keys = linkedProfileKeys(
      snapshot({
        platform: 'instagram',
        handle: 'ana',
        bio: 'Videos: tiktok.com/@Ana.Cooks. and youtube.com/@AnaKitchen | insta instagram.com/ana',
        links: ['https://www.youtube.com/@AnaKitchen/videos', 'https://m.tiktok.com/@ana.cooks?lang=en', 'https://instagram.com/p/xyz'],
      }),
    );
    expect(keys.sort()).toEqual(['tiktok:ana.cooks', 'youtube:anakitchen']);
  });

  it('ignores look-alike hosts', () => {
    expect(linkedProfileKeys(snapshot({ platform: 'youtube', handle: 'x', bio: 'notinstagram.com/ana evil-tiktok.com/@bob' }))).toEqual([]);
  });
});

describe('linking creators', () => {
  it('suggests mutual links, joins, and unlinks', async () => {
    const db = await freshDb();
    await store(db, snapshot({ platform: 'instagram', handle: 'ana', links: ['https://www.tiktok.com/@ana.cooks'] }));
    await store(db, snapshot({ platform: 'tiktok', handle: 'ana.cooks', bio: 'IG: instagram.com/ana' }));
    await store(db, snapshot({ platform: 'youtube', handle: 'ana', bio: 'cooking' }));
    expect(await suggestLinks(db, 'instagram:ana')).toEqual([{ key: 'tiktok:ana.cooks', platform: 'tiktok', handle: 'ana.cooks', direction: 'mutual' }]);
    expect(await suggestLinks(db, 'tiktok:ana.cooks')).toEqual([{ key: 'instagram:ana', platform: 'instagram', handle: 'ana', direction: 'mutual' }]);

    await linkCreators(db, ['instagram:ana', 'tiktok:ana.cooks']);
    expect(await suggestLinks(db, 'instagram:ana')).toEqual([]);
    // By hand: a third profile joins the existing group.
    await linkCreators(db, ['youtube:ana', 'tiktok:ana.cooks']);
    expect((await groupMembers(db, 'youtube:ana')).map((c) => c.key)).toEqual(['instagram:ana', 'tiktok:ana.cooks', 'youtube:ana']);

    await unlinkCreator(db, 'youtube:ana');
    expect((await groupMembers(db, 'instagram:ana')).map((c) => c.key)).toEqual(['instagram:ana', 'tiktok:ana.cooks']);
    await unlinkCreator(db, 'instagram:ana');
    expect((await db.creators.toArray()).map((c) => c.groupId)).toEqual([null, null, null]);
  });
});
