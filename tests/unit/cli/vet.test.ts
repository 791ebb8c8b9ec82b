import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyBrief } from '../../../lib/brief';
import { VetError, parseBrief, recognizeSiteJson, vetDocument, vetJsonl, vetSnapshotJson, type VetReport } from '../../../lib/cli/vet-core';
import { nodeI18n } from '../../../lib/i18n/node';
import { FIXTURES, loadDocument, readFixture } from '../helpers/fixtures';
import { makePosts, makeSnapshot } from '../helpers/snapshots';
import { VET_CLI } from '../helpers/vet-cli';
import { creatorKey } from '../../../lib/snapshot';

const i18n = nodeI18n('en');
const CAPTURED_AT = '2026-06-01T00:00:00.000Z';

describe('vet on saved pages', () => {
  it.each([
    ['instagram/ig_profile_pluto__travel_2024-12_raw_metascraper.html', 'instagram', 'pluto__travel', 2362],
    ['instagram/ig_post_willyrex_2024-12_raw_metascraper.html', 'instagram', 'willyrex', null],
    ['tiktok/tt_profile_illojuan_2025-12_rendered_metascraper.html', 'tiktok', 'illojuan', 783427],
    ['tiktok/tt_profile_tiktok_2021-01_NEXT_DATA_excerpt_tiktok-scraper.html', 'tiktok', 'tiktok', 50100000],
    ['youtube/yt_channel_channel-videos_2023-05_fr_pytube.html', 'youtube', 'ProgrammingKnowledge', 1660000],
    ['youtube/yt_channel_onemedia_2024-01_raw_es_metascraper.html', 'youtube', 'OneMedia.', 4690000],
  ])('%s', (file, platform, handle, followers) => {
    const report = vetDocument(loadDocument(readFixture(file)), { capturedAt: CAPTURED_AT, i18n });
    expect(report.snapshot).toMatchObject({ platform, handle, followers });
    expect(report.scores.brandFit).toBeNull();
    expect(Object.keys(report.scores).sort()).toEqual(['authenticity', 'brandFit', 'engagement', 'evidence', 'overall', 'reach']);
  });

  it('names the bot check instead of reading zeros', () => {
    expect(() => vetDocument(loadDocument(readFixture('tiktok/tt_profile_WAF-challenge-interstitial_2024-01_scrapeomatic.html')), { i18n })).toThrow(
      /bot-check/,
    );
  });

  it('reads the JSON a site fetched, and asks for --url where it names no creator', () => {
    const empty = () => loadDocument('<html><body></body></html>');
    const nasa = vetSnapshotJson(readFixture('instagram/ig_web_profile_info_nasa_2024-03_edge_crawlinsta.json'), { i18n, emptyDocument: empty });
    expect(nasa.snapshot).toMatchObject({ handle: 'nasa', followers: 97956738 });
    const clips = JSON.parse(readFixture('instagram/ig_clips_user_graphql_anasaiaofficial_2024-03_crawlinsta.json'));
    expect(() => recognizeSiteJson(clips)).toThrow(/pass --url/);
    expect(recognizeSiteJson(clips, 'https://www.instagram.com/anasaiaofficial/')).toMatchObject({ platform: 'instagram' });
  });

  it('scores brand fit with a brief, through the same check the side panel uses', () => {
    const brief = parseBrief(JSON.stringify({ ...emptyBrief('Travel gear'), keywords: ['travel', 'hotel'] }), i18n);
    const report = vetDocument(loadDocument(readFixture('instagram/built/rendered-profile.html')), { capturedAt: CAPTURED_AT, brief, i18n });
    expect(report.scores.brandFit).toMatchObject({ briefName: 'Travel gear' });
    // "travel" is in the bio and 6 captions (4 of the 13 texts is full), "hotel" in 2 (half): text 75;
    // with the platform part, (75 × 0.6 + 100 × 0.1) / 0.7.
    expect(report.scores.brandFit).toMatchObject({ score: 79, parts: { text: 75, platform: 100 } });
    expect(() => parseBrief('{"name": ""}', i18n)).toThrow(VetError);
  });

  it('judges a follower jump from a .jsonl line with history', () => {
    const posts = makePosts(Array.from({ length: 12 }, () => [300, 6]));
    const before = makeSnapshot({ capturedAt: '2024-11-01T12:00:00.000Z', followers: 20000, posts });
    const after = makeSnapshot({
      capturedAt: '2024-11-08T12:00:00.000Z',
      followers: 40000,
      posts: makePosts(
        Array.from({ length: 12 }, () => [300, 6]),
        '2024-11-08T12:00:00.000Z',
      ),
    });
    const [plain, withHistory] = vetJsonl(`${JSON.stringify(after)}\n\n${JSON.stringify({ snapshot: after, history: [before] })}\n`, { i18n }) as VetReport[];
    expect(plain!.scores.authenticity.flags.map((f) => f.id)).not.toContain('follower-jump');
    expect(withHistory!.scores.authenticity.flags.map((f) => f.id)).toContain('follower-jump');
    expect(vetJsonl('{"not": "a snapshot"}', { i18n })).toEqual([{ line: 1, error: expect.stringMatching(/^platform: missing/) }]);
  });
});

describe('vet reads any snapshot with the documented fields (issue 9 item 7)', () => {
  const documented = () => {
    const {
      precision: _p,
      links: _l,
      likesHidden: _h,
      sources: _s,
      pageKind: _k,
      platformId: _i,
      pageLanguage: _g,
      ...rest
    } = makeSnapshot({ posts: makePosts([[300, 6]]) });
    return rest;
  };

  it('gives the fields added since their defaults when absent', () => {
    const report = vetSnapshotJson(JSON.stringify(documented()), { i18n });
    expect(report.snapshot).toMatchObject({ precision: {}, links: [], likesHidden: false, sources: [], pageKind: 'profile' });
    const [line] = vetJsonl(JSON.stringify({ snapshot: documented(), history: [documented()] }), { i18n });
    expect(line).toHaveProperty('scores');
  });

  it('says which field is wrong and what was expected, never "Invalid input"', () => {
    const snapshot = documented();
    const posts = [
      ...makePosts([
        [1, 1],
        [1, 1],
        [1, 1],
        [1, 1],
      ]),
    ];
    posts[3] = { ...posts[3]!, likes: -5 };
    const cases: Array<[unknown, string]> = [
      [{ ...snapshot, posts }, 'posts[3].likes: expected a whole number ≥ 0 or null'],
      [{ ...snapshot, followers: '24k' }, 'followers: expected a whole number ≥ 0 or null'],
      [{ ...snapshot, followers: 1.5 }, 'followers: expected a whole number ≥ 0 or null'],
      [{ ...snapshot, capturedAt: 'yesterday' }, 'capturedAt: expected an ISO date and time with a time zone'],
      [{ ...snapshot, platform: 'myspace' }, 'platform: expected "instagram", "tiktok" or "youtube"'],
      [{ ...snapshot, links: ['javascript:alert(1)'] }, 'links[0]: expected an http(s) address'],
      [
        (() => {
          const { posts: _x, ...rest } = snapshot;
          return rest;
        })(),
        'posts: missing (expected a list)',
      ],
    ];
    for (const [input, message] of cases) {
      const [result] = vetJsonl(JSON.stringify(input), { i18n });
      expect(result).toEqual({ line: 1, error: expect.stringContaining(message) });
      expect((result as { error: string }).error).not.toMatch(/Invalid input|✖/);
      expect(() => vetSnapshotJson(JSON.stringify(input), { i18n })).toThrow(message);
    }
    const [wrapped] = vetJsonl(JSON.stringify({ snapshot, history: [{ ...snapshot, posts }] }), { i18n });
    expect(wrapped).toEqual({ line: 1, error: 'history[0].posts[3].likes: expected a whole number ≥ 0 or null' });
  });
});

describe('vet fails well', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [...VET_CLI, ...args], { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'vet-fail-'));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const oneLine = (result: ReturnType<typeof run>, pattern: RegExp) => {
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  };
  const page = join(FIXTURES, 'instagram/ig_profile_pluto__travel_2024-12_raw_metascraper.html');

  it.each([
    [
      'binary input',
      () =>
        run(
          file('photo.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, ...Array.from({ length: 5000 }, (_, i) => (i * 37) % 256)])),
          '--url',
          'https://www.instagram.com/x/',
        ),
      /^vet: .* is not text: expected a saved web page/,
    ],
    [
      'deeply nested HTML',
      () => run(file('deep.html', `<html><body>${'<div>'.repeat(20000)}x${'</div>'.repeat(20000)}</body></html>`), '--url', 'https://www.instagram.com/x/'),
      /^vet: .* nests elements more than 512 deep/,
    ],
    ['--url notaurl', () => run(page, '--url', 'notaurl'), /^vet: --url "notaurl": expected the page's address/],
    ['--captured-at garbage', () => run(page, '--captured-at', 'garbage'), /^vet: --captured-at "garbage": expected an ISO date and time/],
    ['an empty .jsonl', () => run(file('empty.jsonl', '\n\n')), /^vet: .* has no lines/],
    [
      'a brief with unknown fields',
      () => run(page, '--brand', file('brief.json', JSON.stringify({ ...emptyBrief('B'), budget: 5, followerRange: { min: null, max: null, median: 3 } }))),
      /^vet: the brief is not a Vetlens brief: .*unknown field "median".*unknown field "budget"|^vet: the brief is not a Vetlens brief: .*unknown field "budget".*unknown field "median"/,
    ],
    [
      'a file over the size limit',
      () => run(file('huge.json', Buffer.alloc(51 * 1024 * 1024, 0x20))),
      /^vet: .* is 51 MB; one ProfileSnapshot in JSON is at most 50 MB/,
    ],
  ])(
    '%s: a one-line reason and a non-zero exit',
    (_label, go, pattern) => {
      oneLine(go(), pattern);
    },
    60_000,
  );

  it('a .jsonl reports every line, a bad one as { line, error }, and exits non-zero at the end', () => {
    const good = JSON.stringify(makeSnapshot({ posts: makePosts([[300, 6]]) }));
    const bad = JSON.stringify({ ...makeSnapshot(), followers: -1 });
    const result = run(file('mixed.jsonl', [good, bad, '', 'not json', good].join('\n')));
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toHaveProperty('scores');
    expect(lines[1]).toEqual({ line: 2, error: 'followers: expected a whole number ≥ 0 or null' });
    expect(lines[2]).toEqual({ line: 4, error: expect.stringMatching(/^not valid JSON/) });
    expect(lines[3]).toHaveProperty('scores');
    oneLine(result, /^vet: 2 of 4 lines could not be read/);
  }, 60_000);

  it('ignores a UTF-8 byte order mark before the first .jsonl line', () => {
    const good = JSON.stringify(makeSnapshot({ posts: makePosts([[300, 6]]) }));
    const result = run(file('bom.jsonl', `\uFEFF${good}\r\n${good}\r\n`));
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { snapshot?: { handle: string } });
    expect(lines.map((l) => l.snapshot?.handle)).toEqual(['lena.travels', 'lena.travels']);
    expect(vetJsonl(`\uFEFF${good}`, { i18n }).map((r) => 'scores' in r)).toEqual([true]);
  }, 60_000);

  it("reports a .jsonl line over the size limit as that line's one-line error, never reading it whole, and goes on", () => {
    const good = JSON.stringify(makeSnapshot({ posts: makePosts([[300, 6]]) }));
    const huge = Buffer.alloc(51 * 1024 * 1024, 0x61);
    const result = run(file('long-line.jsonl', Buffer.concat([Buffer.from('{"bio":"'), huge, Buffer.from(`"}\n${good}\n`)])));
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({ line: 1, error: 'the line is over 50 MB (51 MB): not one snapshot' });
    expect(lines[1]).toHaveProperty('scores');
    oneLine(result, /^vet: 1 of 2 lines could not be read/);
  }, 60_000);

  it('streams a .jsonl: each report is written as its line is read, before the input ends', async () => {
    const fifo = join(dir, 'stream.jsonl');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [...VET_CLI, fifo], { stdio: ['ignore', 'pipe', 'pipe'] });
    const writer = createWriteStream(fifo);
    writer.write(`${JSON.stringify(makeSnapshot({ handle: 'first' }))}\n`);
    // The first report arrives while the input is still open.
    const first = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      child.on('exit', () => reject(new Error(`vet ended before the input did: ${out}`)));
    });
    expect(JSON.parse(first).snapshot.handle).toBe('first');
    writer.end(`${JSON.stringify(makeSnapshot({ handle: 'second' }))}\n`);
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
  }, 60_000);
});

describe('npm run vet', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [...VET_CLI, ...args], { encoding: 'utf8' });

  it('prints the report as JSON on stdout', () => {
    const out = execFileSync(process.execPath, [...VET_CLI, join(FIXTURES, 'instagram/ig_profile_pluto__travel_2024-12_raw_metascraper.html')], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out).snapshot.followers).toBe(2362);
  }, 60_000);

  it('exits non-zero with a one-line reason on an unreadable page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vet-'));
    const file = join(dir, 'wall.html');
    writeFileSync(file, readFixture('instagram/built/login-wall.html'));
    const result = run(file, '--url', 'https://www.instagram.com/accounts/login/');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vet: login-wall: /);
  }, 60_000);
});

describe('vet on saved video pages (YouTube watch and Shorts, TikTok video): a post of the creator', () => {
  it.each([
    ['youtube/yt_watch_2lAe1cqCOXo_2021-08_raw_en_pytube.html', 'youtube:id:UCBR8-60-B28hp2BmDPdntcQ', '2lAe1cqCOXo', 3485266],
    ['youtube/yt_watch_5YceQ8YqYMc_2023-05_raw_live-archive_en_pytube.html', 'youtube:vaticannews', '5YceQ8YqYMc', null],
    ['youtube/yt_watch_CsrfovOPcjk_2022-03_raw_vi_ytdl-core.html', 'youtube:id:UCjO6EWYEqXL2_4IHuKXxirA', 'CsrfovOPcjk', 50664],
    ['youtube/yt_watch_DIsktwOQZuU_2026-01_raw_es_metascraper.html', 'youtube:globalbrain6133', 'DIsktwOQZuU', 2],
    ['youtube/yt_watch_EAZvxukW8kY_2023-03_rendered_en_metascraper.html', 'youtube:usagov1', 'EAZvxukW8kY', null],
    ['youtube/yt_watch_GDRd-BFTYIg_2018-01_raw_watch7_en_metascraper.html', 'youtube:id:UCg44vJ8AHcK7GcG6KqGBKag', 'GDRd-BFTYIg', 1642],
    ['youtube/yt_watch_HFlmHY8QFiY_2023-05_raw_en_pytube.html', 'youtube:jakepaul', 'HFlmHY8QFiY', 28609],
    ['youtube/yt_watch_hwMkbaS_M_c_2018-01_rendered-polymer-dom_es_metascraper.html', 'youtube:id:UCzcRQ3vRNr6fJ1A9rqFn7QA', 'hwMkbaS_M_c', 7545],
    ['youtube/yt_watch_hwMkbaS_M_c_2020-05_raw_watch7_es_metascraper.html', 'youtube:id:UCzcRQ3vRNr6fJ1A9rqFn7QA', 'hwMkbaS_M_c', 7412],
    ['youtube/yt_watch_hwMkbaS_M_c_2024-01_raw_es_metascraper.html', 'youtube:onemedia.', 'hwMkbaS_M_c', 7373],
    ['youtube/yt_watch_pvkTC2xIbeY_2024-02_raw_en_pytube.html', 'youtube:tubicsyt', 'pvkTC2xIbeY', 14725],
    ['youtube/yt_watch_rIqCiJKWx9I_2017-04_raw_watch7_de_ytdl-core.html', 'youtube:id:UCuT85dKBUPfd5xSl_nNHlKQ', 'rIqCiJKWx9I', 0],
    ['youtube/built/shorts-raw.html', 'youtube:vetlensalpha', 'alphaShort1', 9130],
    ['tiktok/tt_video_2025-12_rendered_metascraper.html', 'tiktok:illojuan', '7571863205253778710', 25500],
    ['tiktok/tt_video_tiktok_2020-03_NEXT_DATA_videoData_tiktok-scraper.html', 'tiktok:tiktok', '6807491984882765062', 35650],
    ['tiktok/tt_video_tiktok_2020-10_NEXT_DATA_itemStruct_tiktok-scraper.html', 'tiktok:tiktok', '6881450806688664838', 1300000],
  ])('%s', { timeout: 30_000 }, (file, key, id, likes) => {
    const report = vetDocument(loadDocument(readFixture(file)), { capturedAt: CAPTURED_AT, i18n });
    expect(report.snapshot.pageKind).toBe('post');
    expect(creatorKey(report.snapshot)).toBe(key);
    expect(report.snapshot.posts).toHaveLength(1);
    expect(report.snapshot.posts[0]).toMatchObject({ id, likes });
    expect(Object.keys(report.scores).sort()).toEqual(['authenticity', 'brandFit', 'engagement', 'evidence', 'overall', 'reach']);
  });

  it('says why a private video has no numbers, instead of "not a channel page"', () => {
    const html =
      '<html lang="en"><head><link rel="canonical" href="https://www.youtube.com/watch?v=gone0000001"><script>var ytInitialPlayerResponse = {"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"Private video"}};</script></head><body></body></html>';
    expect(() => vetDocument(loadDocument(html), { i18n })).toThrow(/unavailable: YouTube shows no video here: Private video/);
  });

  it('reads a saved /youtubei/v1/next response as its watch page', () => {
    const [navigation] = JSON.parse(readFixture('youtube/built/watch-navigation.observed.json')) as { body: { response: unknown } }[];
    const report = vetSnapshotJson(JSON.stringify(navigation!.body.response), {
      i18n,
      capturedAt: CAPTURED_AT,
      emptyDocument: () => loadDocument('<html lang="en"><body></body></html>'),
    });
    expect(report.snapshot).toMatchObject({ pageKind: 'post', handle: 'VetlensAlpha', url: 'https://www.youtube.com/watch?v=alphaVideo2' });
    expect(report.snapshot.posts[0]).toMatchObject({ id: 'alphaVideo2', likes: 21034, views: 845120 });
  });

  it("prints a watch page's report from the command line", { timeout: 60_000 }, () => {
    const out = execFileSync(
      process.execPath,
      [...VET_CLI, join(FIXTURES, 'youtube/yt_watch_pvkTC2xIbeY_2024-02_raw_en_pytube.html'), '--captured-at', CAPTURED_AT],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(out) as { snapshot: { pageKind: string; posts: { likes: number; views: number; comments: number }[] } };
    expect(report.snapshot.pageKind).toBe('post');
    expect(report.snapshot.posts[0]).toMatchObject({ likes: 14725, views: 640823, comments: 2700 });
  });
});
