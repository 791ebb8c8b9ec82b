// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../../../components/report/ReportView';
import { nodeI18n } from '../../../../lib/i18n/node';
import { scoreSnapshot } from '../../../../lib/scoring';
import type { ProfileSnapshot } from '../../../../lib/snapshot';
import { channelPage, post, snapshot, watchPage } from '../../scoring/helpers';

/** Issue 18 item 6: a video page shows the video on the first visit, and every page says what to do next. */

const en = nodeI18n('en');
const az = nodeI18n('az');
const T0 = '2026-03-01T12:00:00.000Z';

afterEach(() => render(null, document.body));

/** A watch page whose views the page did not give. */
function withoutViews(page: ProfileSnapshot): ProfileSnapshot {
  return { ...page, posts: page.posts.map((p) => ({ ...p, views: null })) };
}

function show(page: ProfileSnapshot, history: ProfileSnapshot[] = [], i18n = en) {
  render(<ReportView report={{ snapshot: page, scores: scoreSnapshot(page, { history }) }} i18n={i18n} />, document.body);
  const q = (id: string) => document.querySelector(`[data-testid="${id}"]`);
  const rows = () =>
    [...(q('vetlens-this-post')?.querySelectorAll('[data-metric]') ?? [])].map((row) => [
      row.getAttribute('data-metric'),
      row.querySelector('dd')!.textContent,
      row.getAttribute('data-shown'),
    ]);
  return { q, text: (id: string) => q(id)?.textContent ?? null, rows };
}

describe("the card on a video page opened first: the video's own numbers", () => {
  it('shows a YouTube video’s views, likes and comments, exact or rounded, and what to open next', () => {
    const page = watchPage(T0, 'v1', 24 * 5, { views: 9_012, likes: 400, comments: 31 }, 50_000);
    page.posts[0]!.rounded = ['likes'];
    const { rows, text } = show(page);
    expect(rows()).toEqual([
      ['views', '9,012', 'exact'],
      ['likes', '400 ≈', 'rounded'],
      ['comments', '31', 'exact'],
    ]);
    expect(text('vetlens-hint')).toBe('Open 2 more recent videos to get their likes.');
  });

  it('says "not shown" for a count the page did not give (a TikTok video page shows no views)', () => {
    const page = withoutViews(watchPage(T0, '7400000000000000001', 24 * 2, { views: 0, likes: 2_345, comments: 67 }, 80_000));
    const tiktok: ProfileSnapshot = { ...page, platform: 'tiktok', url: 'https://www.tiktok.com/@someone/video/7400000000000000001' };
    const { rows } = show(tiktok);
    expect(rows()).toEqual([
      ['views', 'not shown', 'no'],
      ['likes', '2,345', 'exact'],
      ['comments', '67', 'exact'],
    ]);
  });

  it('says why a live stream has no views', () => {
    const page = withoutViews(watchPage(T0, 'v1', 1, { views: 0, likes: 9 }, 5_200));
    page.posts[0]!.viewsSetAside = 'live';
    expect(show(page).rows()[0]).toEqual(['views', 'live now: viewers are not views (they come with the replay)', 'no']);
  });

  it('speaks Azerbaijani', () => {
    const page = withoutViews(watchPage(T0, 'v1', 24, { views: 0, likes: 9 }, 5_200));
    expect(show(page, [], az).rows()).toEqual([
      ['views', 'göstərilmir', 'no'],
      ['likes', '9', 'exact'],
      ['comments', 'göstərilmir', 'no'],
    ]);
  });

  it('gives way to the comparison once other videos of the creator are known', () => {
    const channel = channelPage(T0, 30, { views: (i) => 8_000 + i * 200 });
    const page = watchPage(T0, 'v4', 24 * 7, { views: 17_200, likes: 620, comments: 44 });
    const { q } = show(page, [channel]);
    expect(q('vetlens-this-post')).toBeNull();
    expect(q('vetlens-vs-usual')!.querySelector('table')).not.toBeNull();
  });
});

describe('the card on an Instagram profile whose grid shows no counts', () => {
  it('says to open recent posts', () => {
    const page = snapshot({ posts: [1, 2, 3, 4, 5, 6].map((i) => post(i)) });
    const { text } = show(page);
    expect(text('vetlens-hint')).toBe('Open 3 recent posts to get their likes.');
  });

  it('not where the owner hides likes', () => {
    const page = snapshot({ likesHidden: true, posts: [1, 2, 3].map((i) => post(i)) });
    expect(show(page).q('vetlens-hint')).toBeNull();
  });
});
