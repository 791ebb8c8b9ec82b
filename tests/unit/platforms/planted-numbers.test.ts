import { describe, expect, it } from 'vitest';
import { parseCount, splitCountText } from '../../../lib/parse/count';
import { extractInstagramProfile } from '../../../lib/platforms/instagram';
import { extractTikTok } from '../../../lib/platforms/tiktok';
import { extractYouTube } from '../../../lib/platforms/youtube';
import type { ExtractResult, ProfileSnapshot } from '../../../lib/snapshot';
import { parseHtml, readPlatformFixture } from '../helpers/platform-fixtures';

/**
 * No number the page can plant (issue 18, item 5): embedded JSON must agree with the visible header
 * as observed responses must; digits in other scripts read as the number and invisible characters
 * inside one make it unreadable; a tooltip counts only on the header's own count element.
 */

const CAPTURED_AT = '2026-06-01T00:00:00.000Z';
const FORGED = 987_654_321;

function snapshotOf(result: ExtractResult): ProfileSnapshot {
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.snapshot;
}

/** The followers reading, the fields set aside, and whether the forged number is anywhere in the snapshot. */
function outcome(snapshot: ProfileSnapshot) {
  return {
    followers: snapshot.followers,
    precision: snapshot.precision.followers,
    overruled: snapshot.overruled ?? [],
    forgedKept: JSON.stringify(snapshot).includes(String(FORGED)),
  };
}

describe('embedded JSON the visible header contradicts is set aside, on all three sites', () => {
  /** cosmo.news shows "698M" followers; its exact title is taken away so that only the header's rounded count is shown. */
  const COSMO = new URL('https://www.instagram.com/cosmo.news/');
  function cosmoWithEmbedded(followers: number): Document {
    const html = readPlatformFixture('instagram', 'built', 'profile-2025-12-en.html').replace(' title="698,079,524"', '');
    const planted = JSON.stringify({ data: { user: { username: 'cosmo.news', follower_count: followers, following_count: 3, media_count: 2951 } } });
    return parseHtml(html.replace('</body>', `<script type="application/json">${planted}</script></body>`));
  }

  it('Instagram: a JSON script with 987,654,321 followers under a "698M" header is not read, and the snapshot says so', () => {
    const snapshot = snapshotOf(extractInstagramProfile(cosmoWithEmbedded(FORGED), COSMO, { capturedAt: CAPTURED_AT }));
    expect(outcome(snapshot)).toEqual({ followers: 698_000_000, precision: 'rounded', overruled: ['followers'], forgedKept: false });
  });

  it("Instagram control: a JSON script within the header's rounding gives the exact count", () => {
    const snapshot = snapshotOf(extractInstagramProfile(cosmoWithEmbedded(698_079_524), COSMO, { capturedAt: CAPTURED_AT }));
    expect(outcome(snapshot)).toEqual({ followers: 698_079_524, precision: 'exact', overruled: [], forgedKept: false });
  });

  /** illojuan's real 2025 profile: the header shows 783.4K; __UNIVERSAL_DATA_FOR_REHYDRATION__ carries 783,400 and "783427". */
  const ILLOJUAN = new URL('https://www.tiktok.com/@illojuan');
  const illojuan = () => readPlatformFixture('tiktok', 'tt_profile_illojuan_2025-12_rendered_metascraper.html');

  it('TikTok: __UNIVERSAL_DATA_FOR_REHYDRATION__ with 987,654,321 followers under a "783.4K" header is not read', () => {
    const html = illojuan().replace('"followerCount":783400', `"followerCount":${FORGED}`).replace('"followerCount":"783427"', `"followerCount":"${FORGED}"`);
    const snapshot = snapshotOf(extractTikTok(parseHtml(html), ILLOJUAN, { capturedAt: CAPTURED_AT }));
    expect(outcome(snapshot)).toEqual({ followers: 783_400, precision: 'rounded', overruled: ['followers'], forgedKept: false });
  });

  it('TikTok control: the real embedded data agrees and gives the exact count', () => {
    const snapshot = snapshotOf(extractTikTok(parseHtml(illojuan()), ILLOJUAN, { capturedAt: CAPTURED_AT }));
    expect(outcome(snapshot)).toEqual({ followers: 783_427, precision: 'exact', overruled: [], forgedKept: false });
  });

  /** Channel A shows "1.23M subscribers"; its ytInitialData says the same. */
  const ALPHA = new URL('https://www.youtube.com/@VetlensAlpha');
  const alpha = () => readPlatformFixture('e2e', 'youtube-channel-a.html');

  it('YouTube: ytInitialData with 987,654,321 subscribers under a "1.23M" header is not read', () => {
    const html = alpha().replace(
      '{"content": "1.23M subscribers"}, "accessibilityLabel": "1.23 million subscribers"',
      '{"content": "987,654,321 subscribers"}, "accessibilityLabel": "987,654,321 subscribers"',
    );
    expect(html).not.toBe(alpha());
    const snapshot = snapshotOf(extractYouTube(parseHtml(html), ALPHA, { capturedAt: CAPTURED_AT }));
    expect(outcome(snapshot)).toEqual({ followers: 1_230_000, precision: 'rounded', overruled: ['followers'], forgedKept: false });
  });

  it('YouTube control: the real ytInitialData agrees and is read', () => {
    const snapshot = snapshotOf(extractYouTube(parseHtml(alpha()), ALPHA, { capturedAt: CAPTURED_AT }));
    expect(outcome(snapshot)).toEqual({ followers: 1_230_000, precision: 'rounded', overruled: [], forgedKept: false });
    expect(snapshot.sources).toContain('embedded-json');
  });
});

describe('digits are normalised; invisible characters inside a number make it unreadable, never shorter', () => {
  it('reads full-width, Arabic-Indic and Persian digits and separators as the number', () => {
    expect(parseCount('４５，６００', 'ja')).toEqual({ value: 45600, exact: true });
    expect(parseCount('４５，６００ subscribers', 'en')).toEqual({ value: 45600, exact: true });
    expect(parseCount('٤٥٬٦٠٠ مشترك', 'ar')).toEqual({ value: 45600, exact: true });
    expect(parseCount('۴۵٬۶۰۰ دنبال‌کننده', 'fa')).toEqual({ value: 45600, exact: true });
    expect(parseCount('١٫٢ مليون', 'ar')).toEqual({ value: 1_200_000, exact: false });
  });

  it('a zero-width, joiner, byte-order or direction character inside a number gives null', () => {
    for (const invisible of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202e', '\u2066', '\u00ad']) {
      const name = `U+${invisible.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      expect(parseCount(`45${invisible}600 subscribers`, 'en'), name).toBeNull();
      expect(parseCount(`45,${invisible}600`, 'en'), name).toBeNull();
      expect(parseCount(`4${invisible}5.6K`, 'en'), name).toBeNull();
      expect(splitCountText(`45${invisible}600 subscribers`, 'en'), name).toBeNull();
    }
  });

  it('direction marks around a number, as right-to-left pages write them, still read', () => {
    expect(parseCount('\u200f45,600\u200f', 'en')).toEqual({ value: 45600, exact: true });
    expect(parseCount('\u2068٤٥٬٦٠٠\u2069 مشترك', 'ar')).toEqual({ value: 45600, exact: true });
    expect(parseCount('45,600\u200b subscribers', 'en')).toEqual({ value: 45600, exact: true });
  });
});

describe("a tooltip's exact count counts only on the header's own count element", () => {
  const COSMO = new URL('https://www.instagram.com/cosmo.news/');
  const OWN_TITLE = '<span class="x5n08af x1s688f" dir="auto" title="698,079,524"><span class="html-span xdj266r">698M</span></span>';
  const page = () => readPlatformFixture('instagram', 'built', 'profile-2025-12-en.html');
  const followersOf = (html: string) => {
    const snapshot = snapshotOf(extractInstagramProfile(parseHtml(html), COSMO, { capturedAt: CAPTURED_AT }));
    return { followers: snapshot.followers, precision: snapshot.precision.followers };
  };

  it('the title on the count itself gives the exact count', () => {
    expect(page()).toContain(OWN_TITLE);
    expect(followersOf(page())).toEqual({ followers: 698_079_524, precision: 'exact' });
  });

  it('a title on an empty element beside the count is not the count', () => {
    const html = page().replace(
      OWN_TITLE,
      '<span title="698,079,524"></span><span class="x5n08af x1s688f" dir="auto"><span class="html-span xdj266r">698M</span></span>',
    );
    expect(followersOf(html)).toEqual({ followers: 698_000_000, precision: 'rounded' });
  });

  it('a title outside the rounding of the number shown is not the count, even on the count itself', () => {
    const html = page().replace(OWN_TITLE, OWN_TITLE.replace('698,079,524', '731,000,000'));
    expect(followersOf(html)).toEqual({ followers: 698_000_000, precision: 'rounded' });
  });
});
