import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_TABLES, createBackup, parseBackup, readBackup, restoreBackup, writeBackup, type Backup } from '../../../lib/storage/backup';
import { handleMessage } from '../../../lib/background/service';
import { loadScoringSettings } from '../../../lib/storage/settings';
import { emptyBrief } from '../../../lib/brief';
import { newCampaign } from '../../../lib/campaign/schema';
import { DEFAULT_WEIGHTS } from '../../../lib/scoring/types';
import { openVetlensDB, type VetlensDB } from '../../../lib/storage/db';
import { nodeI18n } from '../../../lib/i18n/node';
import { CONTENT_HOSTS } from '../../../lib/platforms/hosts';
import { setShortlisted } from '../../../lib/storage/shortlists';
import { explainFlag } from '../../../lib/storage/verdicts';
import { makePosts, makeSnapshot } from '../helpers/snapshots';
import { importBrandFit } from '../../../lib/scoring/load-brand-fit';

const i18n = nodeI18n('en');
let source: VetlensDB;
let target: VetlensDB;

async function fill(db: VetlensDB, handle: string) {
  const deps = { db, i18n, extensionId: 'x', contentHosts: CONTENT_HOSTS, loadBrandFit: importBrandFit };
  const sender = { id: 'x', url: 'https://www.instagram.com/', tab: { id: 1 } };
  await handleMessage(
    {
      type: 'content-to-worker:snapshot',
      snapshot: makeSnapshot({
        handle,
        posts: makePosts([
          [10, 1],
          [12, 2],
        ]),
      }),
    },
    sender,
    deps,
  );
  await setShortlisted(db, `instagram:${handle}`, true);
  await db.briefs.put({ id: 'b1', brief: { ...emptyBrief('Brief'), keywords: ['travel'] }, updatedAt: '2024-11-01T00:00:00.000Z' });
  const campaign = newCampaign({ id: 'c1', name: 'Spring', now: new Date('2024-11-01T00:00:00.000Z'), creators: [] });
  await db.campaigns.put({ id: 'c1', campaign, updatedAt: campaign.updatedAt });
  await db.settings.put({ key: 'activeBriefId', value: 'b1' });
  await explainFlag(db, `instagram:${handle}`, 'authenticity:follower-spike', 'A TV appearance that day', new Date('2024-11-02T00:00:00Z'));
}

async function dump(db: VetlensDB): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await db.table(t).toArray()] as const)));
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
    expect(result).toMatchObject({ ok: true, counts: { creators: 1, snapshots: 1, shortlistEntries: 1, verdicts: 1 } });
    expect(await dump(target)).toEqual(await dump(source));
    expect(await target.verdicts.toArray()).toEqual([
      { creatorKey: 'instagram:lena', flag: 'authenticity:follower-spike', note: 'A TV appearance that day', explainedAt: '2024-11-02T00:00:00.000Z' },
    ]);
  });

  it('restores a backup written before verdicts existed, with none', async () => {
    await fill(source, 'lena');
    const backup = await createBackup(source);
    const { verdicts: _dropped, ...older } = backup.tables;
    const parsed = parseBackup(JSON.stringify({ ...backup, tables: older }), i18n);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await restoreBackup(target, parsed.backup, i18n)).toMatchObject({ ok: true, counts: { creators: 1, verdicts: 0 } });
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
    if (!parsed.ok) expect(parsed.error).toContain('tables.snapshots[0].snapshot.followers: expected a whole number ≥ 0 or null');
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

/** The backup file as the side panel saves it. */
async function backupFile(db: VetlensDB, partChars?: number): Promise<Blob> {
  const file = await writeBackup(db, { now: new Date('2024-12-01T00:00:00Z'), ...(partChars ? { partChars } : {}) });
  return new Blob(file.parts);
}

/** A Blob whose stream hands over `size` bytes at a time, splitting lines and UTF-8 characters. */
function chunked(blob: Blob, size: number): Blob {
  return {
    size: blob.size,
    slice: (start?: number, end?: number) => blob.slice(start, end),
    text: () => blob.text(),
    stream: () => {
      let offset = 0;
      let bytes: Uint8Array | null = null;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          bytes ??= new Uint8Array(await blob.arrayBuffer());
          if (offset >= bytes.length) return controller.close();
          controller.enqueue(bytes.slice(offset, offset + size));
          offset += size;
        },
      });
    },
  } as unknown as Blob;
}

/** A JSON Lines backup with one row changed by `edit`. */
async function edited(db: VetlensDB, table: string, edit: (row: Record<string, unknown>) => void): Promise<Blob> {
  const text = await (await backupFile(db)).text();
  const lines = text.split('\n').map((line) => {
    if (!line) return line;
    const json = JSON.parse(line) as { table: string; row: Record<string, unknown> };
    if (json.table === table) edit(json.row);
    return JSON.stringify(json);
  });
  return new Blob([lines.join('\n')]);
}

describe('streaming backup (JSON Lines)', () => {
  it('writes the store in parts no larger than asked, and restores it exactly from a file read in small chunks', async () => {
    await fill(source, 'lena');
    for (const handle of ['anar', 'ləman', 'nigar']) await fill(source, handle);
    const file = await writeBackup(source, { partChars: 2000 });
    expect(file.parts.length).toBeGreaterThan(3);
    // No part holds the whole store: each is about the size asked for (one row may finish it).
    const longestRow = Math.max(
      ...file.parts
        .join('')
        .split('\n')
        .map((l) => l.length),
    );
    for (const part of file.parts) expect(part.length).toBeLessThanOrEqual(2000 + longestRow + 1);
    expect(file.counts).toMatchObject({ creators: 4, snapshots: 4, shortlistEntries: 4 });
    await fill(target, 'someone.else');
    // 7-byte chunks split lines and the two-byte "ə" alike.
    const parsed = await readBackup(chunked(new Blob(file.parts), 7), i18n);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await restoreBackup(target, parsed.backup, i18n)).toMatchObject({ ok: true, counts: { creators: 4 } });
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('still reads a version 1 backup (one JSON object)', async () => {
    await fill(source, 'lena');
    const legacy: Backup = await createBackup(source);
    const parsed = await readBackup(new Blob([JSON.stringify(legacy)]), i18n);
    if (!parsed.ok) throw new Error(parsed.error);
    await restoreBackup(target, parsed.backup, i18n);
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('refuses a file cut off while saving or copying', async () => {
    await fill(source, 'lena');
    const text = await (await backupFile(source)).text();
    const cut = text.split('\n').slice(0, -3).join('\n');
    const parsed = await readBackup(new Blob([cut]), i18n);
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('incomplete') });
  });
});

describe('restores and imports that cannot corrupt', () => {
  const refuses = async (file: Blob, message: string | RegExp) => {
    const parsed = await readBackup(file, i18n);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  };

  it('refuses weights that would break every overall score (1e308, negative, all zero)', async () => {
    await fill(source, 'lena');
    await source.settings.put({ key: 'weights', value: { engagement: 1e308, authenticity: 1e308, brandFit: 1e308 } });
    await refuses(await backupFile(source), /settings: row\.value\.engagement: expected a number ≤ 1/);
    await source.settings.put({ key: 'weights', value: { engagement: -1, authenticity: 0.5, brandFit: 0.5 } });
    await refuses(await backupFile(source), /value\.engagement: expected a number ≥ 0/);
    await source.settings.put({ key: 'weights', value: { engagement: 0, authenticity: 0, brandFit: 0 } });
    await refuses(await backupFile(source), /at least one weight must be above zero/);
  });

  it('the background and the side panel read weights by the same rule: stored 1e308 weights fall back to the defaults', async () => {
    await source.settings.put({ key: 'weights', value: { engagement: 1e308, authenticity: 1e308, brandFit: 1e308 } });
    expect((await loadScoringSettings(source)).weights).toEqual(DEFAULT_WEIGHTS);
    const deps = { db: source, i18n, extensionId: 'x', contentHosts: CONTENT_HOSTS, loadBrandFit: importBrandFit };
    const response = await handleMessage(
      { type: 'content-to-worker:snapshot', snapshot: makeSnapshot({ posts: makePosts(Array.from({ length: 10 }, () => [260, 6])) }) },
      { id: 'x', url: 'https://www.instagram.com/', tab: { id: 1 } },
      deps,
    );
    if (!response.ok || !('report' in response)) throw new Error('expected a report');
    expect(Number.isFinite(response.report.scores.overall.score)).toBe(true);
  });

  it('refuses a snapshot filed under another creator, or away from its own time', async () => {
    await fill(source, 'lena');
    await refuses(
      await edited(source, 'snapshots', (row) => (row.creatorKey = 'instagram:someone.else')),
      /creatorKey: "instagram:someone.else" is not the snapshot's creator \(instagram:lena\)/,
    );
    await refuses(await edited(source, 'snapshots', (row) => (row.capturedAt = '2024-01-01T00:00:00.000Z')), /capturedAt: expected the snapshot's own time/);
  });

  it('refuses a snapshot dated in the future, and numbers out of range', async () => {
    await fill(source, 'lena');
    await refuses(
      await edited(source, 'snapshots', (row) => {
        row.capturedAt = '2099-01-01T00:00:00.000Z';
        (row.snapshot as { capturedAt: string }).capturedAt = '2099-01-01T00:00:00.000Z';
      }),
      /capturedAt: 2099-01-01T00:00:00.000Z is in the future/,
    );
    await refuses(
      await edited(source, 'creators', (row) => ((row.scores as { overall: number }).overall = 1e308)),
      /creators: row\.scores\.overall: expected a number ≤ 100/,
    );
    await refuses(await edited(source, 'creators', (row) => (row.followers = 1e300)), /followers: expected a number ≤ 10000000000000/);
  });

  it('refuses a campaign with a javascript: landing URL, or filed under another id', async () => {
    await fill(source, 'lena');
    await refuses(
      await edited(source, 'campaigns', (row) => ((row.campaign as { landingUrl: string }).landingUrl = 'javascript:fetch("//evil.example")')),
      /campaigns: row\.campaign: .*landingUrl/,
    );
    await refuses(await edited(source, 'campaigns', (row) => (row.id = 'other')), /id: expected the campaign's own id/);
  });

  it('keeps a small plain setting it does not know, and refuses anything else under an unknown key', async () => {
    await fill(source, 'lena');
    await source.settings.put({ key: 'csvSeparator', value: ';' });
    const parsed = await readBackup(await backupFile(source), i18n);
    expect(parsed.ok).toBe(true);
    await source.settings.put({ key: 'anything', value: { nested: ['x'.repeat(10)] } });
    await refuses(await backupFile(source), /settings: row\.value: expected/);
  });

  it('says "storage is full" in the words of the storage-full message when the restore cannot write', async () => {
    await fill(source, 'lena');
    const parsed = await readBackup(await backupFile(source), i18n);
    if (!parsed.ok) throw new Error(parsed.error);
    vi.spyOn(target.table('snapshots'), 'bulkAdd').mockRejectedValueOnce(Object.assign(new Error('Failed to write blobs (IOError)'), { name: 'DataError' }));
    const result = await restoreBackup(target, parsed.backup, i18n);
    expect(result).toEqual({ ok: false, error: i18n.t('backup_error_restore', i18n.t('error_storage_full')) });
  });
});
