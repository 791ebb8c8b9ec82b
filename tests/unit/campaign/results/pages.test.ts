import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../lib/campaign/results/compute';
import { extractTikTok } from '../../../../lib/platforms/tiktok';
import { parseHtml, readPlatformFixture } from '../../helpers/platform-fixtures';
import { springCampaign } from './fixtures';

const PAGES = [
  {
    file: 'tiktok-video-alpha-code.html',
    url: 'https://www.tiktok.com/@vetlens_alpha/video/7615595491098624201',
    handle: 'vetlens_alpha',
    counts: { likes: 2140, comments: 96, shares: 40, views: null },
  },
  {
    file: 'tiktok-video-beta-link.html',
    url: 'https://www.tiktok.com/@vetlens_beta/video/7616384047094169802',
    handle: 'vetlens_beta',
    counts: { likes: 811, comments: 24, shares: 12, views: null },
  },
];

describe('the end-to-end video pages of the results test', () => {
  it('read as one post of their creator, and are recognised as the campaign posts by code and by link', () => {
    const visits = new Map(
      PAGES.map((page) => {
        const result = extractTikTok(parseHtml(readPlatformFixture('e2e', 'results', page.file)), new URL(page.url), {
          capturedAt: '2026-03-15T10:00:00.000Z',
        });
        if (!result.ok) throw new Error(`${page.file}: ${result.reason}`);
        expect(result.snapshot).toMatchObject({ handle: page.handle, pageKind: 'post' });
        expect(result.snapshot.posts).toHaveLength(1);
        expect(result.snapshot.posts[0]).toMatchObject(page.counts);
        return [`tiktok:${page.handle}`, [result.snapshot]];
      }),
    );
    const [alpha, beta] = computeResults(springCampaign(), visits, []).creators;
    expect(alpha!.posts.map((p) => [p.reasons, p.disclosure, p.engagements])).toEqual([[['code'], 'caption', 2276]]);
    expect(beta!.posts.map((p) => [p.reasons, p.disclosure, p.engagements])).toEqual([[['link'], null, 847]]);
  });
});
