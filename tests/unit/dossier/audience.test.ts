import { describe, expect, it } from 'vitest';
import { vetDocument, vetSnapshotJson } from '../../../lib/cli/vet-core';
import { audienceSignals, bioLocation, MIN_COMMENTS_TOLD } from '../../../lib/dossier/audience';
import { combineLanguage, detectTexts } from '../../../lib/dossier/languages';
import { nodeI18n } from '../../../lib/i18n/node';
import { extractYouTube } from '../../../lib/platforms/youtube';
import { extractTikTok } from '../../../lib/platforms/tiktok';
import { textLanguage } from '../../../lib/scoring/brand-fit';
import { loadDocument, readFixture } from '../helpers/fixtures';

const i18n = nodeI18n('en');
const CAPTURED_AT = '2026-06-01T00:00:00.000Z';

/** Comments in three languages, each long enough to be told: 20 Azerbaijani, 6 Russian, 4 English. */
const AZ = 'Çox gözəl video olub, təşəkkür edirəm, davam edin belə';
const RU = 'Большое спасибо за это видео, очень полезно и интересно смотреть';
const EN = 'This is such a good video, thank you so much for making it';
const COMMENTS = [...Array<string>(20).fill(AZ), ...Array<string>(6).fill(RU), ...Array<string>(4).fill(EN)];

/** A watch-next continuation as YouTube loads comments (2024 on): entities in frameworkUpdates. */
function youtubeCommentsResponse(texts: readonly string[]) {
  return {
    onResponseReceivedEndpoints: [
      {
        reloadContinuationItemsCommand: {
          continuationItems: texts.map((_, i) => ({ commentThreadRenderer: { commentViewModel: { commentViewModel: { commentKey: `k${i}` } } } })),
        },
      },
    ],
    frameworkUpdates: {
      entityBatchUpdate: {
        mutations: texts.map((text, i) => ({
          entityKey: `k${i}`,
          payload: { commentEntityPayload: { key: `k${i}`, properties: { content: { content: text } } } },
        })),
      },
    },
  };
}

describe('audience signals on real pages', () => {
  it('reads the captions of a real YouTube channel page: English, from 26 of 30 titles', () => {
    const report = vetDocument(loadDocument(readFixture('youtube', 'yt_channel_channel-videos_2023-03_en_pytube.html')), { capturedAt: CAPTURED_AT, i18n });
    expect(report.dossier.audience.captions).toEqual({ texts: 30, posts: 30, told: 26, languages: [{ language: 'en', count: 26, share: 1 }], minimum: 5 });
    expect(report.dossier.audience.comments).toEqual({ texts: 0, posts: 0, told: 0, languages: null, minimum: MIN_COMMENTS_TOLD });
    expect(report.dossier.audience.followerLocationsVisible).toBe(false);
  });

  it('reads the captions of a real Instagram timeline: 8 English and 1 Spanish of 12', () => {
    const report = vetSnapshotJson(readFixture('instagram', 'ig_user_timeline_graphql_anasaiaofficial_2024-03_crawlinsta.json'), {
      i18n,
      capturedAt: CAPTURED_AT,
      emptyDocument: () => loadDocument('<html lang="en"><body></body></html>'),
    });
    expect(report.dossier.audience.captions.told).toBe(9);
    expect(report.dossier.audience.captions.languages?.map((l) => [l.language, l.count])).toEqual([
      ['en', 8],
      ['es', 1],
    ]);
    expect(report.dossier.audience.places).toEqual({ names: [], postsWithPlace: 0, posts: 12 });
  });

  it('reads the comments YouTube loads after a real watch page, and their languages', () => {
    const url = new URL('https://www.youtube.com/watch?v=pvkTC2xIbeY');
    const doc = loadDocument(readFixture('youtube', 'yt_watch_pvkTC2xIbeY_2024-02_raw_en_pytube.html'));
    const result = extractYouTube(doc, url, {
      capturedAt: CAPTURED_AT,
      observed: [{ url: 'https://www.youtube.com/youtubei/v1/next?prettyPrint=false', body: youtubeCommentsResponse(COMMENTS), at: 5 }],
    });
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.posts[0]!.commentTexts).toHaveLength(30);
    const audience = audienceSignals(result.snapshot, textLanguage);
    expect(audience.comments).toEqual({
      texts: 30,
      posts: 1,
      told: 30,
      languages: [
        { language: 'az', count: 20, share: 20 / 30 },
        { language: 'ru', count: 6, share: 6 / 30 },
        { language: 'en', count: 4, share: 4 / 30 },
      ],
      minimum: 30,
    });
  });

  it('says nothing of the languages below the minimum sample', () => {
    const url = new URL('https://www.youtube.com/watch?v=pvkTC2xIbeY');
    const doc = loadDocument(readFixture('youtube', 'yt_watch_pvkTC2xIbeY_2024-02_raw_en_pytube.html'));
    const result = extractYouTube(doc, url, {
      capturedAt: CAPTURED_AT,
      observed: [{ url: 'https://www.youtube.com/youtubei/v1/next', body: youtubeCommentsResponse(COMMENTS.slice(0, 29)), at: 5 }],
    });
    if (!result.ok) throw new Error(result.detail);
    expect(audienceSignals(result.snapshot, textLanguage).comments).toMatchObject({ texts: 29, told: 29, languages: null });
  });

  it("keeps only this video's comments from TikTok's comment list on a real video page", () => {
    const url = new URL('https://www.tiktok.com/@illojuan/video/7571863205253778710');
    const doc = loadDocument(readFixture('tiktok', 'tt_video_2025-12_rendered_metascraper.html'));
    const body = {
      comments: [
        { aweme_id: '7571863205253778710', text: 'Qué vídeo tan bueno, me he reído muchísimo con esto' },
        { aweme_id: '1', text: 'Another video entirely, not this one at all' },
      ],
    };
    const result = extractTikTok(doc, url, {
      capturedAt: CAPTURED_AT,
      observed: [{ url: 'https://www.tiktok.com/api/comment/list/?aweme_id=7571863205253778710', body, at: 1 }],
    });
    if (!result.ok) throw new Error(result.detail);
    expect(result.snapshot.posts[0]!.commentTexts).toEqual(['Qué vídeo tan bueno, me he reído muchísimo con esto']);
  });

  it("reads the bio's location only where the bio states one", () => {
    expect(bioLocation('Proud Latina 🇲🇽\nBusiness inquiries: ana.saia@grail-talent.com📩\n3m+ on TikTok 🙏💛\nLas vegas 🌇')).toBeNull();
    expect(bioLocation('Food & travel\n📍 Bakı, Azərbaycan 🇦🇿')).toBe('Bakı, Azərbaycan');
    expect(bioLocation('Chef. Based in Baku. Collabs: hi@chef.az')).toBe('Baku');
  });
});

describe("the browser's language detector", () => {
  it('decides where it is reliable (it knows Azerbaijani, which the bundled detector lacks); the bundled one otherwise', () => {
    expect(combineLanguage('tr', { language: 'az', reliable: true })).toBe('az');
    expect(combineLanguage('tr', { language: 'az', reliable: false })).toBe('tr');
    expect(combineLanguage(null, { language: 'und', reliable: true })).toBeNull();
    expect(combineLanguage('en', null)).toBe('en');
  });

  it('is asked ahead for every text, so the dossier stays a pure function', async () => {
    const asked: string[] = [];
    const languageOf = await detectTexts(['Bu gün hava yaxşıdır, gəzməyə gedirik', 'short'], {
      browser: (text) => {
        asked.push(text);
        return Promise.resolve(text === 'short' ? { language: 'en', reliable: false } : { language: 'az', reliable: true });
      },
      bundled: () => null,
    });
    expect(asked).toEqual(['Bu gün hava yaxşıdır, gəzməyə gedirik', 'short']);
    expect(languageOf('Bu gün hava yaxşıdır, gəzməyə gedirik')).toBe('az');
    expect(languageOf('short')).toBeNull();
  });
});
