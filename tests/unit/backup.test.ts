import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_TABLES, createBackup, parseBackup, restoreBackup } from '../../lib/backup';
import { handleMessage } from '../../lib/background/service';
import { emptyBrief } from '../../lib/brief';
import { openVetlensDB, type VetlensDB } from '../../lib/db';
import { nodeI18n } from '../../lib/i18n/node';
import { CONTENT_HOSTS } from '../../lib/platforms/hosts';
import { setShortlisted } from '../../lib/store';
import { makePosts, makeSnapshot } from './helpers/snapshots';

const i18n = nodeI18n('en');
let source: VetlensDB;
let target: VetlensDB;

async function fill(db: VetlensDB, handle: string) {
  const deps = { db, i18n, extensionId: 'x', contentHosts: CONTENT_HOSTS };
  const sender = { id: 'x', url: 'https://www.instagram.com/', tab: { id: 1 } };
  await handleMessage({ type: 'content:snapshot', snapshot: makeSnapshot({ handle, posts: makePosts([[10, 1], [12, 2]]) }) }, sender, deps);
  await setShortlisted(db, `instagram:${handle}`, true);
  await db.briefs.put({ id: 'b1', brief: { ...emptyBrief('Brief'), keywords: ['travel'] }, updatedAt: '2024-11-01T00:00:00.000Z' });
  await db.campaigns.put({ id: 'c1', campaign: { name: 'Spring' }, updatedAt: '2024-11-01T00:00:00.000Z' });
  await db.settings.put({ key: 'activeBriefId', value: 'b1' });
}

async function dump(db: VetlensDB) {
  return Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await db.table(t).toArray()])));
}

beforeEach(async () => {
  source = openVetlensDB(`backup-src-${Math.random()}`);
  target = openVetlensDB(`backup-dst-${Math.random()}`);
  await Promise.all([source.open(), target.open()]);
});
afterEach(async () => {
  await Promise.all([source.delete(), target.delete()]);
});

describe('backup and restore', () => {
  it('restores every table exactly, through the JSON file', async () => {
    await fill(source, 'lena');
    const progress: number[] = [];
    const backup = await createBackup(source, new Date('2024-12-01T00:00:00Z'), (done) => progress.push(done));
    expect(progress).toEqual(BACKUP_TABLES.map((_, i) => i + 1));
    await fill(target, 'someone.else');
    const parsed = parseBackup(JSON.stringify(backup), i18n);
    if (!parsed.ok) throw new Error(parsed.error);
    const result = await restoreBackup(target, parsed.backup, i18n);
    expect(result).toMatchObject({ ok: true, counts: { creators: 1, snapshots: 1, shortlistEntries: 1 } });
    expect(await dump(target)).toEqual(await dump(source));
  });

  it.each([
    ['not JSON', 'not json {', /not JSON/],
    ['another file', JSON.stringify({ format: 'something-else' }), /not a valid Vetlens backup/],
  ])('refuses %s with a clear message', (_label, text, message) => {
    const parsed = parseBackup(text, i18n);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('refuses a backup with one bad record and touches nothing', async () => {
    await fill(source, 'lena');
    await fill(target, 'kept');
    const before = await dump(target);
    const backup = await createBackup(source);
    const broken = JSON.parse(JSON.stringify(backup));
    broken.tables.snapshots[0].snapshot.followers = -1;
    const parsed = parseBackup(JSON.stringify(broken), i18n);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('tables.snapshots.0.snapshot.followers');
    expect(await dump(target)).toEqual(before);
  });

  it('restores all or nothing when a write fails half-way', async () => {
    await fill(source, 'lena');
    await fill(target, 'kept');
    const before = await dump(target);
    const backup = await createBackup(source);
    vi.spyOn(target.table('campaigns'), 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    const result = await restoreBackup(target, backup, i18n);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Nothing was restored') });
    expect(await dump(target)).toEqual(before);
  });
});
