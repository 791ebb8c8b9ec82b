import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { newCampaign } from '../../../lib/campaign/schema';
import { loadCampaignData } from '../../../lib/storage/campaigns';
import { CSV_BOM, CSV_COLUMNS, PEOPLE_COLUMNS, campaignCsv, defaultCsvSeparator, toCsv } from '../../../lib/export/csv';
import { nodeI18n } from '../../../lib/i18n/node';
import { addTag, setNotes, setStatus } from '../../../lib/storage/creators';
import { buildCampaignExport } from '../../../lib/export/rows';
import { campaignMarkdown } from '../../../lib/export/markdown';
import { freshDb, post, snapshot, store } from './fixtures';
import { explainFlag } from '../../../lib/storage/verdicts';

function parse(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('toCsv', () => {
  it('quotes commas, quotes and newlines so they read back the same', () => {
    const tricky = ['a,b', 'say "hi"', 'line1\nline2', 'Ləman Şükürova 🌸', 'Анна'];
    const text = toCsv(
      tricky.map((v) => ({ handle: v })),
      true,
      ['handle'],
    );
    expect(parse(text).map((r) => r[0])).toEqual(['handle', ...tricky]);
    expect(text).toContain('"a,b"');
    expect(text).toContain('"say ""hi"""');
  });

  it('defuses cells a spreadsheet would run as a formula, including multi-line ones', () => {
    const evil = ['=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', '=cmd\n|x', '\tTAB'];
    const rows = parse(
      toCsv(
        evil.map((v) => ({ handle: v })),
        false,
        ['handle'],
      ),
    );
    expect(rows.map((r) => r[0])).toEqual(evil.map((v) => `'${v}`));
  });

  it('quotes every text cell, so a separator inside one never starts a new cell', () => {
    const text = toCsv([{ a: 'plain', b: 'a;=1+1', c: 7, d: null }], false, ['a', 'b', 'c', 'd']);
    expect(text).toBe(`"plain","a;'=1+1",7,`);
  });

  it('defuses formula triggers after any separator and in full-width form (OWASP CSV injection)', () => {
    const cases: Array<[string, string]> = [
      ['a;=1+1', "a;'=1+1"],
      ['x,+SUM(A1)', "x,'+SUM(A1)"],
      ['tab\t@cmd', "tab\t'@cmd"],
      ['line\n-2+3', "line\n'-2+3"],
      ['\uFF1DSUM(A1)', "'\uFF1DSUM(A1)"],
      ['\uFF0B1', "'\uFF0B1"],
      ['\uFF0D1', "'\uFF0D1"],
      ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
      ['a;\uFF1D1', "a;'\uFF1D1"],
      ['Lena - travel', 'Lena - travel'],
    ];
    const rows = parse(
      toCsv(
        cases.map(([v]) => ({ handle: v })),
        false,
        ['handle'],
      ),
    );
    expect(rows.map((r) => r[0])).toEqual(cases.map(([, out]) => out));
    // Read by a spreadsheet that splits on ";" and ignores quotes, no cell starts with a trigger.
    const naive = toCsv(
      cases.map(([v]) => ({ handle: v })),
      false,
      ['handle'],
    )
      .split(/[;,\r\n\t]/)
      .map((cell) => cell.replace(/^"/, ''));
    expect(naive.filter((cell) => /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell))).toEqual([]);
  });

  it('leaves numbers alone, even negative ones', () => {
    const rows = parse(toCsv([{ a: -5, b: 0.25, c: null }], false, ['a', 'b', 'c']));
    expect(rows[0]).toEqual(['-5', '0.25', '']);
  });
});

describe('campaignCsv', () => {
  it('writes a BOM, the required columns and one row per creator traced to its snapshot', async () => {
    const db = await freshDb();
    const snap = snapshot({
      platform: 'tiktok',
      handle: '=evil,"handle"',
      followers: 12_345,
      posts: [post('1', { views: 1000, likes: 100, comments: 5 }), post('2', { views: 3000, likes: 300, comments: 5 })],
    });
    const key = await store(db, snap);
    await store(db, snapshot({ platform: 'instagram', handle: 'ləman', followers: null }));
    const campaign = newCampaign({
      id: 'c1',
      name: 'Spring',
      now: new Date('2026-02-02T00:00:00Z'),
      creators: [
        { creatorKey: key, platform: 'tiktok', handle: snap.handle },
        { creatorKey: 'instagram:ləman', platform: 'instagram', handle: 'ləman' },
      ],
    });
    campaign.landingUrl = 'https://shop.example/';
    campaign.creators[0]!.feePerPost = 250;
    const data = await loadCampaignData(db, campaign);
    const progress: number[] = [];
    const text = await campaignCsv(buildCampaignExport(campaign, data), { i18n: nodeI18n('en'), onProgress: (done) => progress.push(done), chunk: 1 });
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(progress).toEqual([1, 2]);
    const [header, first, second, ...rest] = parse(text);
    expect(rest).toEqual([]);
    for (const col of [
      'platform',
      'handle',
      'profile_url',
      'followers',
      'engagement_rate',
      'authenticity',
      'brand_fit',
      'collaboration_model',
      'fee',
      'expected_reach',
      'tracking_link',
      'promo_code',
    ]) {
      expect(header).toContain(col);
    }
    expect(header).toEqual(['Name', 'Platform', 'Outreach status', 'Tags', 'Notes', 'Collaboration model', 'Engagement rate', ...CSV_COLUMNS]);
    const row = Object.fromEntries(header!.map((h, i) => [h, first![i]]));
    expect(row.Platform).toBe('TikTok');
    expect(row['Collaboration model']).toBe('Fee per post');
    expect(row['Outreach status']).toBe('To contact');
    expect(row.handle).toBe(`'=evil,"handle"`);
    expect(row.followers).toBe('12345');
    expect(row.fee).toBe('250.00');
    expect(row.expected_reach).toBe('2000');
    expect(row.posts).toBe('4');
    expect(row.cost).toBe('1000.00');
    expect(row.snapshot_captured_at).toBe(snap.capturedAt);
    expect(new URL(row.tracking_link!).searchParams.get('utm_source')).toBe('tiktok');
    expect(row.promo_code).toBe('EVILHANDLE1');
    const other = Object.fromEntries(header!.map((h, i) => [h, second![i]]));
    expect(other.handle).toBe('ləman');
    expect(other.followers).toBe('');
    expect(other.expected_reach).toBe('');
    expect(other.fee).toBe('');
  });
});

describe('campaignCsv for people', () => {
  it('writes name, status in words, tags, notes and the rate as a percentage in the interface language, with ";" when asked', async () => {
    const db = await freshDb();
    const snap = snapshot({
      platform: 'instagram',
      handle: 'leman.az',
      displayName: 'Ləman; "Bakı"',
      followers: 20_000,
      posts: [post('1', { likes: 200, comments: 20 }), post('2', { likes: 240, comments: 20 }), post('3', { likes: 180, comments: 10 })],
    });
    const key = await store(db, snap);
    await setStatus(db, [key], 'negotiating');
    await addTag(db, [key], 'novruz');
    await setNotes(db, key, 'Qiymət: 1 200,50 ₼');
    const campaign = newCampaign({
      id: 'c2',
      name: 'Novruz',
      now: new Date('2026-02-02T00:00:00Z'),
      creators: [{ creatorKey: key, platform: 'instagram', handle: 'leman.az' }],
    });
    campaign.creators[0]!.feePerPost = 1200.5;
    const data = await loadCampaignData(db, campaign);
    const az = nodeI18n('az');
    const text = await campaignCsv(buildCampaignExport(campaign, data), { i18n: az, separator: ';' });
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, PEOPLE_COLUMNS.length)).toEqual([
      'Ad',
      'Platforma',
      'Əlaqə statusu',
      'Teqlər',
      'Qeydlər',
      'Əməkdaşlıq modeli',
      'İştirak səviyyəsi',
    ]);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({
      Ad: 'Ləman; "Bakı"',
      'Əlaqə statusu': 'Danışıqda',
      Teqlər: '#novruz',
      Qeydlər: 'Qiymət: 1 200,50 ₼',
      'Əməkdaşlıq modeli': 'Post başına ödəniş',
    });
    expect(row['İştirak səviyyəsi']).toMatch(/^\d+,\d+%$/);
    // The machine columns keep their names and plain numbers.
    expect(row).toMatchObject({ fee: '1200.50', status: 'negotiating', collaboration_model: 'fee', reach_basis: 'estimate' });
    expect(Number(row.engagement_rate)).toBeCloseTo(Number(row['İştirak səviyyəsi']!.replace('%', '').replace(',', '.')) / 100, 4);
    // Every line has the same number of cells: ";" inside a name is quoted, not a new column.
    expect(
      text
        .split('\r\n')
        .filter(Boolean)
        .every(
          (line, _, all) =>
            Papa.parse<string[]>(line, { delimiter: ';' }).data[0]!.length ===
            Papa.parse<string[]>(all[0]!.replace(/^\uFEFF/, ''), { delimiter: ';' }).data[0]!.length,
        ),
    ).toBe(true);
  });

  it('defaults to ";" where numbers take a decimal comma', () => {
    for (const lang of ['az', 'az-AZ', 'ru', 'tr', 'de-DE']) expect(defaultCsvSeparator(lang), lang).toBe(';');
    for (const lang of ['en', 'en-US', 'en-GB']) expect(defaultCsvSeparator(lang), lang).toBe(',');
  });
});

describe('campaignCsv: the evidence travels with every score', () => {
  it('writes a confidence column per score, the engagement basis and the parts the overall rests on', async () => {
    const db = await freshDb();
    const insta = snapshot({
      platform: 'instagram',
      handle: 'leman.az',
      followers: 20_000,
      posts: [post('1', { likes: 200, comments: 20 }), post('2', { likes: 240, comments: 20 }), post('3', { likes: 180, comments: 10 })],
    });
    const key = await store(db, insta);
    const campaign = newCampaign({
      id: 'c1',
      name: 'Spring',
      now: new Date('2026-02-02T00:00:00Z'),
      creators: [{ creatorKey: key, platform: 'instagram', handle: 'leman.az' }],
    });
    const exported = buildCampaignExport(campaign, await loadCampaignData(db, campaign));
    // The fair price beside the fee: 20,000 followers, 10–20% reached by a feed post, CPM $20–50.
    expect(exported.rows[0]!.fairPrice).toMatchObject({ low: 40, high: 200, currency: 'USD', basis: 'reach-estimate' });
    // The Markdown brief says the same: the rate's basis and how sure it is.
    expect(await campaignMarkdown(exported, nodeI18n('en'))).toMatch(/\| 1\.1% per follower \(medium confidence\) \|/);
    const text = await campaignCsv(exported, { i18n: nodeI18n('en') });
    const [header, first] = parse(text);
    const row = Object.fromEntries(header!.map((h, i) => [h, first![i]]));
    expect(header).toEqual(
      expect.arrayContaining(['overall_confidence', 'engagement_confidence', 'authenticity_confidence', 'brand_fit_confidence', 'engagement_basis']),
    );
    expect(row).toMatchObject({
      engagement_basis: 'followers',
      overall_confidence: 'medium',
      engagement_confidence: 'medium',
      // Three posts allow no authenticity check: the overall rests on engagement alone, and says so.
      authenticity_confidence: 'none',
      brand_fit_confidence: '',
      overall_rests_on: 'engagement',
    });
  });
});

describe('exports carry the marketer’s verdicts', () => {
  it('writes each explained flag with its note in the CSV column and as a Markdown line', async () => {
    const db = await freshDb();
    const key = await store(db, snapshot({ platform: 'instagram', handle: 'leman.az', followers: 20_000, posts: [post('1', { likes: 200, comments: 20 })] }));
    await explainFlag(db, key, 'brandFit:undisclosed-sponsorship:p3', 'Our own client’s gift, disclosed in stories', new Date('2026-02-01T00:00:00Z'));
    await explainFlag(db, key, 'growth:drop:p9:likes', '=Giveaway likes removed', new Date('2026-02-02T00:00:00Z'));
    const campaign = newCampaign({
      id: 'c1',
      name: 'Spring',
      now: new Date('2026-02-02T00:00:00Z'),
      creators: [{ creatorKey: key, platform: 'instagram', handle: 'leman.az' }],
    });
    const exported = buildCampaignExport(campaign, await loadCampaignData(db, campaign));
    const [header, first] = parse(await campaignCsv(exported, { i18n: nodeI18n('en') }));
    const row = Object.fromEntries(header!.map((h, i) => [h, first![i]]));
    expect(row.explained_flags).toBe(
      'brandFit:undisclosed-sponsorship:p3: Our own client’s gift, disclosed in stories | growth:drop:p9:likes: =Giveaway likes removed',
    );
    const markdown = await campaignMarkdown(exported, nodeI18n('az'));
    expect(markdown).toContain('## İzah edilmiş əlamətlər');
    // Page and marketer text is escaped for Markdown, as everywhere in the brief.
    expect(markdown).toContain('- @leman\\.az · brandFit:undisclosed\\-sponsorship:p3: Sizin izahınız: Our own client’s gift, disclosed in stories');
  });
});
