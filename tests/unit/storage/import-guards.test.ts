import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../../lib/background/service';
import { scoreWithStore } from '../../../lib/storage/scoring';
import { newCampaign } from '../../../lib/campaign/schema';
import { campaignJson, importCampaignFile, parseCampaignFile } from '../../../lib/export/campaign-json';
import { nodeI18n } from '../../../lib/i18n/node';
import { CONTENT_HOSTS } from '../../../lib/platforms/hosts';
import { importBrandFit } from '../../../lib/scoring/load-brand-fit';
import { readBackup, writeBackup } from '../../../lib/storage/backup';
import { loadCampaignData, saveCampaign } from '../../../lib/storage/campaigns';
import { openVetlensDB, type VetlensDB } from '../../../lib/storage/db';
import { settingRule } from '../../../lib/storage/settings';
import { makePosts, makeSnapshot } from '../helpers/snapshots';

const i18n = nodeI18n('en');
let db: VetlensDB;
let deps: BackgroundDeps;
beforeEach(async () => {
  db = openVetlensDB(`import-guards-${Math.random()}`);
  await db.open();
  deps = { db, i18n, extensionId: 'x', contentHosts: CONTENT_HOSTS, loadBrandFit: importBrandFit };
});
afterEach(async () => {
  await db.delete();
});

const visit = (snapshot: ReturnType<typeof makeSnapshot>) =>
  handleMessage({ type: 'content-to-worker:snapshot', snapshot }, { id: 'x', url: snapshot.url, tab: { id: 1 } }, deps);

/** Lena, read now: 24,310 followers and steady engagement. */
const realVisit = (capturedAt: string) =>
  makeSnapshot({
    capturedAt,
    followers: 24_310,
    posts: makePosts(
      Array.from({ length: 12 }, () => [300, 9]),
      capturedAt,
    ),
  });

describe('a campaign file cannot rewrite a creator’s history', () => {
  it('keeps an old snapshot with 5,000 followers with the campaign: the next real visit scores exactly as without the file', async () => {
    await visit(realVisit('2026-03-01T10:00:00.000Z'));
    const next = realVisit('2026-03-02T10:00:00.000Z');
    const before = await scoreWithStore(db, next, i18n, importBrandFit);

    // A file made elsewhere: the same creator, a month earlier, with 5,000 followers.
    const campaign = newCampaign({
      id: 'cmp-file',
      name: 'From a file',
      now: new Date('2026-03-01T00:00:00Z'),
      creators: [{ creatorKey: 'instagram:lena.travels', platform: 'instagram', handle: 'lena.travels' }],
    });
    const old = makeSnapshot({
      capturedAt: '2026-02-01T10:00:00.000Z',
      followers: 5_000,
      posts: makePosts(
        Array.from({ length: 12 }, () => [300, 9]),
        '2026-02-01T10:00:00.000Z',
      ),
    });
    const text = campaignJson(campaign, { records: new Map(), latest: new Map([['instagram:lena.travels', old]]) });
    const parsed = parseCampaignFile(text, new Date('2026-03-03T00:00:00Z'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const outcome = await importCampaignFile(db, parsed.file);
    expect(outcome).toMatchObject({ snapshotsKept: 1, creatorsAdded: 0 });

    expect(await db.snapshots.count()).toBe(1);
    const after = await scoreWithStore(db, next, i18n, importBrandFit);
    expect(after.authenticity).toEqual(before.authenticity);
    expect(after.overall.score).toBe(before.overall.score);
    // The campaign still has the file's numbers for a creator it has none of its own for.
    const fresh = openVetlensDB(`import-guards-fresh-${Math.random()}`);
    await fresh.open();
    try {
      await importCampaignFile(fresh, parsed.file);
      expect(await fresh.snapshots.count()).toBe(0);
      expect((await loadCampaignData(fresh, campaign)).latest.get('instagram:lena.travels')?.followers).toBe(5_000);
      expect(await fresh.creators.get('instagram:lena.travels')).toMatchObject({ followers: 5_000, snapshotCount: 0 });
      // Editing the campaign keeps the file's snapshots with it.
      await saveCampaign(fresh, { ...campaign, name: 'Renamed' });
      expect((await loadCampaignData(fresh, campaign)).latest.get('instagram:lena.travels')?.followers).toBe(5_000);
    } finally {
      await fresh.delete();
    }
  });

  it('refuses keys the format does not have, and prototype keys, with where they are', () => {
    const campaign = newCampaign({ id: 'cmp-k', name: 'Keys', now: new Date('2026-03-01T00:00:00Z'), creators: [] });
    const good = JSON.parse(campaignJson(campaign, { records: new Map(), latest: new Map() })) as Record<string, unknown>;
    expect(parseCampaignFile(JSON.stringify({ ...good, history: [] }))).toEqual({
      ok: false,
      errors: ['(top level): unknown key "history" (expected only format, version, exportedAt, campaign, results, creators)'],
    });
    const proto = JSON.stringify(good).replace('"campaign":{', '"campaign":{"__proto__":{"admin":true},');
    expect(parseCampaignFile(proto)).toEqual({
      ok: false,
      errors: ['campaign.__proto__: "__proto__" is not allowed as a key (it would reach the object\'s prototype)'],
    });
  });
});

describe('results carried by a campaign file', () => {
  it('are held to the same bounds as a results file: a row with revenue no code could bring is refused with its line', () => {
    const campaign = newCampaign({ id: 'cmp-r', name: 'Results', now: new Date('2026-03-01T00:00:00Z'), creators: [] });
    const results = [
      {
        id: 'imp-1',
        campaignId: 'cmp-r',
        fileName: 'shop.csv',
        fileHash: 'abc',
        importedAt: '2026-03-02T00:00:00.000Z',
        mapping: {
          source: 'custom',
          key: 'Code',
          keyKind: 'code',
          campaign: null,
          clicks: null,
          orders: null,
          revenue: 'Sales',
          date: null,
          status: null,
          rowIsOrder: false,
          decimal: '.',
        },
        period: null,
        rows: [
          { line: 2, key: 'ANA10', campaign: null, clicks: null, orders: null, revenue: 120 },
          { line: 3, key: 'BEN10', campaign: null, clicks: null, orders: null, revenue: 2_500_000_000_000 },
        ].map((row) => ({ ...row, date: null })),
        skipped: [],
        skippedCount: 0,
      },
    ];
    const text = JSON.stringify({ ...JSON.parse(campaignJson(campaign, { records: new Map(), latest: new Map() })), results });
    expect(parseCampaignFile(text)).toEqual({ ok: false, errors: ['results.0.rows: line 3 of shop.csv: revenue 2500000000000 is far beyond any real figure'] });
    results[0]!.rows[1]!.revenue = 2_500;
    expect(parseCampaignFile(JSON.stringify({ ...JSON.parse(text), results })).ok).toBe(true);
  });
});

/** A JSON Lines backup of `db` with its lines changed by `edit`. */
async function backupWith(edit: (line: Record<string, unknown>) => string | null): Promise<Blob> {
  const file = await writeBackup(db, { now: new Date('2026-03-05T00:00:00Z') });
  const text = await new Blob(file.parts).text();
  return new Blob([
    text
      .split('\n')
      .map((line) => (line ? (edit(JSON.parse(line) as Record<string, unknown>) ?? line) : line))
      .join('\n'),
  ]);
}

describe('a backup restore', () => {
  beforeEach(async () => {
    await visit(makeSnapshot({ capturedAt: '2026-03-01T10:00:00.000Z' }));
    await visit(makeSnapshot({ handle: 'arif.shoots', url: 'https://www.instagram.com/arif.shoots/', capturedAt: '2026-03-01T11:00:00.000Z' }));
    await db.settings.put({ key: 'weights', value: { engagement: 0.4, authenticity: 0.4, brandFit: 0.2 } });
  });
  const refuses = async (file: Blob, message: string) => {
    const parsed = await readBackup(file, i18n);
    expect(parsed).toEqual({ ok: false, error: i18n.t('backup_error_invalid', message) });
  };

  it("refuses a creator record filed under another creator's key", async () => {
    const file = await backupWith((line) => {
      const row = line.row as { key?: string } | undefined;
      return line.table === 'creators' && row?.key === 'instagram:arif.shoots'
        ? JSON.stringify({ ...line, row: { ...row, key: 'instagram:lena.travels' } })
        : null;
    });
    await refuses(file, i18n.t('backup_error_at_line', 4, 'creators: row.key: "instagram:lena.travels" is not the record\'s creator (instagram:arif.shoots)'));
  });

  it('refuses a "__proto__" setting with a clear error (it once failed with "safeParse is not a function")', async () => {
    expect(typeof settingRule('__proto__').safeParse).toBe('function');
    const file = await backupWith((line) => (line.table === 'settings' ? JSON.stringify({ ...line, row: { key: '__proto__', value: 1 } }) : null));
    await refuses(file, i18n.t('backup_error_at_line', 7, 'settings: row.key: "__proto__" is not a setting'));
    const nested = await backupWith((line) =>
      line.table === 'settings' ? JSON.stringify(line).replace('"value":{', '"value":{"__proto__":{"engagement":1},') : null,
    );
    await refuses(
      nested,
      i18n.t('backup_error_at_line', 7, 'row.value.__proto__: "__proto__" is not allowed as a key (it would reach the object\'s prototype)'),
    );
  });

  it('refuses a line with keys a backup line does not have', async () => {
    const file = await backupWith((line) => (line.table === 'settings' ? JSON.stringify({ ...line, extra: true }) : null));
    await refuses(file, i18n.t('backup_error_at_line', 7, '(top level): unknown key "extra" (expected only table, row)'));
  });

  it('control: the same backup, unchanged, reads whole', async () => {
    const parsed = await readBackup(await backupWith(() => null), i18n);
    expect(parsed.ok && parsed.backup.tables.creators.map((c) => c.key).sort()).toEqual(['instagram:arif.shoots', 'instagram:lena.travels']);
  });
});
