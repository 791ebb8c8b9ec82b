import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyBrief } from '../../lib/brief';
import { VetError, parseBrief, recognizeSiteJson, vetDocument, vetJsonl, vetSnapshotJson } from '../../lib/cli/vet-core';
import { nodeI18n } from '../../lib/i18n/node';
import { FIXTURES, loadDocument, readFixture } from './helpers/fixtures';
import { makePosts, makeSnapshot } from './helpers/snapshots';

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
    expect(() => vetDocument(loadDocument(readFixture('tiktok/tt_profile_WAF-challenge-interstitial_2024-01_scrapeomatic.html')), { i18n })).toThrow(/bot-check/);
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
    expect(report.scores.brandFit!.score).not.toBeNull();
    expect(() => parseBrief('{"name": ""}', i18n)).toThrow(VetError);
  });

  it('judges a follower jump from a .jsonl line with history', () => {
    const posts = makePosts(Array.from({ length: 12 }, () => [300, 6]));
    const before = makeSnapshot({ capturedAt: '2024-11-01T12:00:00.000Z', followers: 20000, posts });
    const after = makeSnapshot({ capturedAt: '2024-11-08T12:00:00.000Z', followers: 40000, posts: makePosts(Array.from({ length: 12 }, () => [300, 6]), '2024-11-08T12:00:00.000Z') });
    const [plain, withHistory] = vetJsonl(`${JSON.stringify(after)}\n\n${JSON.stringify({ snapshot: after, history: [before] })}\n`, { i18n });
    expect(plain!.scores.authenticity.flags.map((f) => f.id)).not.toContain('follower-jump');
    expect(withHistory!.scores.authenticity.flags.map((f) => f.id)).toContain('follower-jump');
    expect(() => vetJsonl('{"not": "a snapshot"}', { i18n })).toThrow(/line 1/);
  });
});

describe('npm run vet', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/vet.ts', ...args], { encoding: 'utf8' });

  it('prints the report as JSON on stdout', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'lib/cli/vet.ts', join(FIXTURES, 'instagram/ig_profile_pluto__travel_2024-12_raw_metascraper.html')], { encoding: 'utf8' });
    expect(JSON.parse(out).snapshot.followers).toBe(2362);
  });

  it('exits non-zero with a one-line reason on an unreadable page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vet-'));
    const file = join(dir, 'wall.html');
    writeFileSync(file, readFixture('instagram/built/login-wall.html'));
    const result = run(file, '--url', 'https://www.instagram.com/accounts/login/');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vet: login-wall: /);
  });
});
