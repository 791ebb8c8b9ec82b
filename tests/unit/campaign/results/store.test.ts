import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, createBackup, parseBackup, restoreBackup } from '../../../../lib/storage/backup';
import { readCsv } from '../../../../lib/campaign/results/csv-read';
import { buildImport, prepareFile } from '../../../../lib/campaign/results/import-file';
import { headerSignature } from '../../../../lib/campaign/results/mapping';
import { deleteImport, listImports, loadResults, rememberedMapping, rememberMapping, restoreImport, saveImport } from '../../../../lib/storage/results';
import { parseCampaign, type Campaign } from '../../../../lib/campaign/schema';
import { deleteCampaign, loadCampaign, loadCampaignData, restoreCampaign, saveCampaign } from '../../../../lib/storage/campaigns';
import { campaignJson, importCampaignFile, parseCampaignFile } from '../../../../lib/export/campaign-json';
import { nodeI18n } from '../../../../lib/i18n/node';
import { recordSnapshot } from '../../../../lib/storage/visits';
import { scoreSnapshot } from '../../../../lib/scoring';
import { freshDb } from '../fixtures';
import { importOf, post, resultsFile, springCampaign, visit } from './fixtures';

describe('a results file that cannot be read changes nothing and says why', () => {
  it('refuses an empty file, a spreadsheet saved as .xlsx, and a broken quote with its line', () => {
    expect(readCsv('')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(readCsv('\uFEFF\r\n  \r\n')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(readCsv('PK\u0003\u0004\u0000\u0000binary')).toEqual({ ok: false, error: { kind: 'binary' } });
    const broken = readCsv('code,orders\nALPHA10,3\n"BETA10,4\n');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toMatchObject({ kind: 'malformed', line: 3 });
  });

  it('keeps the line of each row, also after a cell spanning two lines', () => {
    const read = readCsv('code,note,orders\r\nALPHA10,"two\r\nlines",3\r\nBETA10,,4\r\n');
    if (!read.ok) throw new Error('unread');
    expect(read.file.blocks[0]!.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'ALPHA10'],
      [4, 'BETA10'],
    ]);
  });

  it('refuses a mapping to a column the file lacks, or one without any number', () => {
    const prepared = prepareFile('code,orders\nALPHA10,3\n', 'x.csv');
    if (!prepared.ok) throw new Error('unread');
    const meta = { id: 'i', campaignId: 'c', now: new Date() };
    expect(buildImport(prepared.file, { ...prepared.file.guess, orders: 'Orders (all)' }, meta)).toEqual({
      ok: false,
      error: { kind: 'map', error: { kind: 'missing-column', column: 'Orders (all)' } },
    });
    expect(buildImport(prepared.file, { ...prepared.file.guess, orders: null }, meta)).toEqual({
      ok: false,
      error: { kind: 'map', error: { kind: 'no-number-column' } },
    });
  });

  it('lists a cell that is not a number with its line, and keeps the other rows', () => {
    const prepared = prepareFile('code,orders\nALPHA10,3\nBETA10,lots\nGAMMA,1.5\n', 'x.csv');
    if (!prepared.ok) throw new Error('unread');
    const built = buildImport(prepared.file, prepared.file.guess, { id: 'i', campaignId: 'c', now: new Date() });
    if (!built.ok) throw new Error('unbuilt');
    expect(built.record.rows.map((r) => r.key)).toEqual(['ALPHA10']);
    expect(built.record.skipped).toEqual([
      { line: 3, reason: 'bad-number', value: 'lots' },
      { line: 4, reason: 'bad-number', value: '1.5' },
    ]);
  });
});

describe('stored imports', () => {
  async function setup() {
    const db = await freshDb();
    const campaign = await saveCampaign(db, springCampaign());
    return { db, campaign };
  }

  it('stores an import once, removes it and puts it back (undo), and refuses the same file twice', async () => {
    const { db, campaign } = await setup();
    const imp = importOf('shopify-sales-by-discount.csv', campaign, undefined, 'imp-1');
    expect(await saveImport(db, imp)).toEqual({ ok: true });
    const again = await saveImport(db, { ...imp, id: 'imp-2' });
    expect(again.ok).toBe(false);
    expect((await listImports(db, campaign.id)).imports.map((i) => i.id)).toEqual(['imp-1']);
    const removed = await deleteImport(db, 'imp-1');
    expect((await loadResults(db, campaign)).results.creators[0]!.orders.value).toBeNull();
    await restoreImport(db, removed!);
    expect((await loadResults(db, campaign)).results.creators[0]!.orders.value).toBe(12);
  });

  it('deleting a campaign takes its imported files with it, and undo brings both back', async () => {
    const { db, campaign } = await setup();
    const other = await saveCampaign(db, { ...springCampaign(), id: 'other-campaign', name: 'Other' });
    await saveImport(db, importOf('shopify-sales-by-discount.csv', campaign, undefined, 'mine'));
    await saveImport(db, importOf('shopify-sales-by-discount.csv', other, undefined, 'theirs'));
    const deleted = await deleteCampaign(db, campaign.id);
    expect(deleted!.imports.map((i) => i.id)).toEqual(['mine']);
    expect((await db.resultImports.toArray()).map((i) => i.id)).toEqual(['theirs']);
    expect(await loadCampaign(db, campaign.id)).toBeNull();
    await restoreCampaign(db, deleted!);
    expect((await listImports(db, campaign.id)).imports.map((i) => i.id)).toEqual(['mine']);
    expect((await loadResults(db, (await loadCampaign(db, campaign.id))!)).results.creators[0]!.orders.value).toBe(12);
    expect(await deleteCampaign(db, 'no-such-campaign')).toBeNull();
  });

  it('the campaign file carries its imported files: a fresh profile gets the same orders; a file naming another campaign is refused', async () => {
    const { db, campaign } = await setup();
    await saveImport(db, importOf('shopify-sales-by-discount.csv', campaign, undefined, 'mine'));
    const data = { ...(await loadCampaignData(db, campaign)), results: (await listImports(db, campaign.id)).imports };
    const text = campaignJson(campaign, data);
    const parsed = parseCampaignFile(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(parsed.file.results).toHaveLength(1);

    const fresh = await freshDb();
    const outcome = await importCampaignFile(fresh, parsed.file);
    expect(outcome.resultsAdded).toBe(1);
    const stored = await loadCampaign(fresh, outcome.campaign.id);
    expect((await loadResults(fresh, stored!)).results.creators[0]!.orders.value).toBe(12);
    // Imported again, as a copy: its files come under new ids and stay the copy's, the first import keeps its own.
    const again = await importCampaignFile(fresh, parsed.file);
    expect(again.renamed).toBe(true);
    expect((await listImports(fresh, outcome.campaign.id)).imports).toHaveLength(1);
    expect((await listImports(fresh, again.campaign.id)).imports).toHaveLength(1);
    expect(await fresh.resultImports.count()).toBe(2);

    const foreign = JSON.parse(text) as { results: { campaignId: string }[] };
    foreign.results[0]!.campaignId = 'another-campaign';
    const refused = parseCampaignFile(JSON.stringify(foreign));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.join('\n')).toMatch(/results\.0\.campaignId/);
  });

  it('reports a damaged stored import instead of using it', async () => {
    const { db, campaign } = await setup();
    await saveImport(db, importOf('shopify-sales-by-discount.csv', campaign, undefined, 'good'));
    await db.resultImports.put({ ...importOf('woocommerce-orders.csv', campaign, undefined, 'bad'), rows: [{ line: -1 }] } as never);
    const listed = await listImports(db, campaign.id);
    expect(listed.imports.map((i) => i.id)).toEqual(['good']);
    expect(listed.invalid).toEqual(['bad']);
  });

  it('remembers the column mapping for files with the same columns, in any order or case', async () => {
    const { db } = await setup();
    const prepared = prepareFile(resultsFile('custom-coupons-az.csv'), 'a.csv');
    if (!prepared.ok) throw new Error('unread');
    await rememberMapping(db, prepared.file.signature, { ...prepared.file.guess, orders: null });
    expect(headerSignature(['TARIX', 'Gəlir (AZN)', 'kupon', 'Sifarişlər'])).toBe(prepared.file.signature);
    expect(await rememberedMapping(db, headerSignature(['Tarix', 'Kupon', 'Sifarişlər', 'Gəlir (AZN)']))).toMatchObject({
      key: 'Kupon',
      orders: null,
      revenue: 'Gəlir (AZN)',
    });
    expect(await rememberedMapping(db, headerSignature(['Other']))).toBeNull();
  });

  it('derives proof of delivery from the visits the background stored, with no write of its own', async () => {
    const { db, campaign } = await setup();
    const snap = visit('vetlens_alpha', '2026-03-09T10:00:00.000Z', [post('7', { caption: 'ALPHA10' })]);
    await recordSnapshot(db, snap, scoreSnapshot(snap, {}));
    const before = { imports: await db.resultImports.count(), snapshots: await db.snapshots.count() };
    const { results } = await loadResults(db, campaign);
    expect(results.creators[0]!.posts.map((p) => p.postId)).toEqual(['7']);
    expect({ imports: await db.resultImports.count(), snapshots: await db.snapshots.count() }).toEqual(before);
  });
});

describe('campaigns saved before results, and backups', () => {
  it('loads a campaign stored with the old KPI names and without the new fields', () => {
    const old = {
      ...springCampaign(),
      kpis: [
        { metric: 'sales', kind: 'percent-increase', value: 20 },
        { metric: 'traffic', kind: 'absolute', value: 900 },
        { metric: 'conversions', kind: 'absolute', value: 30 },
      ],
    } as Record<string, unknown>;
    for (const field of ['startDate', 'endDate', 'hashtags', 'brandHandles']) delete old[field];
    const parsed = parseCampaign(old);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.campaign.kpis).toEqual([
      { metric: 'revenue', kind: 'percent-increase', value: 20, baseline: null },
      { metric: 'clicks', kind: 'absolute', value: 900, baseline: null },
      { metric: 'orders', kind: 'absolute', value: 30, baseline: null },
    ]);
    expect(parsed.campaign).toMatchObject({ startDate: null, endDate: null, hashtags: [], brandHandles: [] });
    // And a campaign file exported by that version still imports.
    const file = parseCampaignFile(
      JSON.stringify({ format: 'vetlens-campaign', version: 1, exportedAt: '2026-03-01T00:00:00.000Z', campaign: old, creators: [] }),
    );
    expect(file.ok).toBe(true);
  });

  it('backs up and restores the imports and the remembered mappings; a backup made before them restores', async () => {
    const db = await freshDb();
    const campaign: Campaign = await saveCampaign(db, springCampaign());
    await saveImport(db, importOf('shopify-sales-by-discount.csv', campaign, undefined, 'imp-1'));
    await rememberMapping(db, 'sig', importOf('vetlens-columns.csv', campaign).mapping);
    expect(BACKUP_TABLES).toEqual(expect.arrayContaining(['resultImports', 'resultMappings']));
    const i18n = nodeI18n('en');
    const backup = await createBackup(db);
    const parsed = parseBackup(JSON.stringify(backup), i18n);
    if (!parsed.ok) throw new Error(parsed.error);
    await db.resultImports.clear();
    await db.resultMappings.clear();
    expect((await restoreBackup(db, parsed.backup, i18n)).ok).toBe(true);
    expect(await db.resultImports.count()).toBe(1);
    expect(await db.resultMappings.count()).toBe(1);

    const older = JSON.parse(JSON.stringify(backup));
    delete older.tables.resultImports;
    delete older.tables.resultMappings;
    const parsedOlder = parseBackup(JSON.stringify(older), i18n);
    expect(parsedOlder.ok).toBe(true);
    if (parsedOlder.ok) expect(parsedOlder.backup.tables.resultImports).toEqual([]);
  });
});
