import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { newCampaign } from '../../../lib/campaign/schema';
import { loadCampaignData } from '../../../lib/storage/campaigns';
import { CSV_BOM, campaignCsv, defaultCsvSeparator, toCsv } from '../../../lib/export/csv';
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
  it('writes a BOM and one row per creator, one column per fact, in reading order, traced to its visit', async () => {
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
    expect(header).toEqual([
      'Name',
      'Handle',
      'Platform',
      'Followers',
      'Engagement rate, %',
      'Authenticity score',
      'Brand fit score',
      'Overall score',
      'Overall: confidence',
      'Engagement: confidence',
      'Authenticity: confidence',
      'Brand fit: confidence',
      'Engagement rate per',
      'Overall from',
      'Outreach status',
      'Tags',
      'Notes',
      'Explained flags',
      'Collaboration model',
      'Posts',
      'Fee per post',
      'Commission, %',
      'Product value',
      'Cost',
      'Expected reach',
      'Reach from',
      'Expected impressions',
      'Expected engagements',
      'CPM',
      'CPE',
      'Currency',
      'Promo code',
      'Tracking link',
      'Profile',
      'Last visit (UTC)',
    ]);
    // One column per fact: no heading twice, none in two languages.
    expect(new Set(header).size).toBe(header!.length);
    const row = Object.fromEntries(header!.map((h, i) => [h, first![i]]));
    expect(row).toMatchObject({
      Platform: 'TikTok',
      'Collaboration model': 'Fee per post',
      'Outreach status': 'To contact',
      Handle: `'=evil,"handle"`,
      Followers: '12345',
      'Fee per post': '250.00',
      'Expected reach': '2000',
      'Reach from': 'views',
      Posts: '4',
      Cost: '1000.00',
      Currency: 'USD',
      'Promo code': 'EVILHANDLE1',
      'Last visit (UTC)': snap.capturedAt.slice(0, 16).replace('T', ' '),
    });
    expect(new URL(row['Tracking link']!).searchParams.get('utm_source')).toBe('tiktok');
    const other = Object.fromEntries(header!.map((h, i) => [h, second![i]]));
    expect(other).toMatchObject({ Handle: 'ləman', Followers: '', 'Expected reach': '', 'Fee per post': '' });
  });

  it("adds a totals row when asked: posts, cost, reach, impressions and engagements summed, the campaign's CPM", async () => {
    const db = await freshDb();
    const a = await store(db, snapshot({ platform: 'tiktok', handle: 'ana', followers: 5000, posts: [post('1', { views: 1000, likes: 100, comments: 5 })] }));
    const b = await store(db, snapshot({ platform: 'tiktok', handle: 'bob', followers: 9000, posts: [post('1', { views: 3000, likes: 300, comments: 5 })] }));
    const campaign = newCampaign({
      id: 'c3',
      name: 'Totals',
      now: new Date('2026-02-02T00:00:00Z'),
      creators: [
        { creatorKey: a, platform: 'tiktok', handle: 'ana' },
        { creatorKey: b, platform: 'tiktok', handle: 'bob' },
      ],
    });
    campaign.creators[0]!.feePerPost = 100;
    campaign.creators[1]!.feePerPost = 200.5;
    const exported = buildCampaignExport(campaign, await loadCampaignData(db, campaign));
    expect(parse(await campaignCsv(exported, { i18n: nodeI18n('en') }))).toHaveLength(3);
    const [header, , , totals] = parse(await campaignCsv(exported, { i18n: nodeI18n('en'), totals: true }));
    const total = Object.fromEntries(header!.map((h, i) => [h, totals![i]]));
    expect(total).toMatchObject({ Name: 'Total', Posts: '8', Cost: '1202.00', 'Expected reach': '4000', Currency: 'USD', Followers: '', 'Fee per post': '' });
    expect(total.CPM).toBe(((1202 / exported.estimate.impressions.value!) * 1000).toFixed(2));
  });
});

/**
 * How a spreadsheet set to a comma-decimal locale (Excel in Azerbaijani, Russian, Turkish) reads a
 * line: cells split on ";" outside quotes; a quoted cell is text; a bare cell in the locale's number
 * form ("1200,50", no grouping) is a number; anything else is text.
 */
function readAsCommaLocale(line: string): Array<number | string> {
  const cells: Array<{ value: string; quoted: boolean }> = [{ value: '', quoted: false }];
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    const cell = cells[cells.length - 1]!;
    if (inQuotes && ch === '"' && line[i + 1] === '"') {
      cell.value += '"';
      i++;
    } else if (ch === '"') {
      inQuotes = !inQuotes;
      cell.quoted = true;
    } else if (ch === ';' && !inQuotes) cells.push({ value: '', quoted: false });
    else cell.value += ch;
  }
  return cells.map((c) => (!c.quoted && /^-?\d+(,\d+)?$/.test(c.value) ? Number(c.value.replace(',', '.')) : c.value));
}

describe('campaignCsv for people', () => {
  it('writes an Azerbaijani semicolon file whose money and rates a spreadsheet in Azerbaijani reads as numbers', async () => {
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
      currency: 'AZN',
      creators: [{ creatorKey: key, platform: 'instagram', handle: 'leman.az' }],
    });
    campaign.creators[0]!.feePerPost = 1200.5;
    const data = await loadCampaignData(db, campaign);
    const az = nodeI18n('az');
    const text = await campaignCsv(buildCampaignExport(campaign, data), { i18n: az, separator: ';' });
    const lines = text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    const [header, first] = lines.map(readAsCommaLocale);
    const row = Object.fromEntries(header!.map((h, i) => [h, first![i]]));
    expect(row['Post başına ödəniş']).toBe(1200.5);
    expect(row['İzləyicilər']).toBe(20_000);
    expect(typeof row['İştirak səviyyəsi, %']).toBe('number');
    expect(row['Valyuta']).toBe('AZN');
    expect(lines[1]).toContain(';1200,50;');
    const people = Object.fromEntries(header!.map((h, i) => [h, first![i]]));
    expect(people).toMatchObject({
      Ad: 'Ləman; "Bakı"',
      'İstifadəçi adı': 'leman.az',
      Platforma: 'Instagram',
      'Əlaqə statusu': 'Danışıqda',
      Teqlər: '#novruz',
      Qeydlər: 'Qiymət: 1 200,50 ₼',
      'Əməkdaşlıq modeli': 'Post başına ödəniş',
      'Reach mənbəyi': 'təxmin',
    });
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
      expect.arrayContaining([
        'Overall: confidence',
        'Engagement: confidence',
        'Authenticity: confidence',
        'Brand fit: confidence',
        'Engagement rate per',
        'Overall from',
      ]),
    );
    expect(row).toMatchObject({
      'Engagement rate per': 'follower',
      'Overall: confidence': 'medium',
      'Engagement: confidence': 'medium',
      // Three posts allow no authenticity check: the overall rests on engagement alone, and says so.
      'Authenticity: confidence': 'none',
      'Brand fit: confidence': '',
      'Overall from': 'engagement',
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
    expect(row['Explained flags']).toBe(
      'brandFit:undisclosed-sponsorship:p3: Our own client’s gift, disclosed in stories | growth:drop:p9:likes: =Giveaway likes removed',
    );
    const markdown = await campaignMarkdown(exported, nodeI18n('az'));
    expect(markdown).toContain('## İzah edilmiş əlamətlər');
    // Page and marketer text is escaped for Markdown, as everywhere in the brief.
    expect(markdown).toContain('- @leman\\.az · brandFit:undisclosed\\-sponsorship:p3: Sizin izahınız: Our own client’s gift, disclosed in stories');
  });
});
