import { describe, expect, it } from 'vitest';
import { emptyBrief } from '../../../lib/brief';
import { vetDocument } from '../../../lib/cli/vet-core';
import { ownNames, readPromotion } from '../../../lib/dossier/promotion';
import { sponsorshipHistory } from '../../../lib/dossier/sponsorships';
import { nodeI18n } from '../../../lib/i18n/node';
import { scoreBrandFit } from '../../../lib/scoring/brand-fit';
import { loadDocument, readFixture } from '../helpers/fixtures';
import { makePost, makeSnapshot } from '../helpers/snapshots';

const i18n = nodeI18n('en');
const CAPTURED_AT = '2026-06-01T00:00:00.000Z';
const vet = (...path: string[]) => vetDocument(loadDocument(readFixture(...path)), { capturedAt: CAPTURED_AT, i18n });

describe('sponsorship history on real pages', () => {
  it('finds the tracking link in a real watch page that discloses nothing (bit.ly, Jake Paul 2023)', () => {
    const { sponsorships } = vet('youtube', 'yt_watch_HFlmHY8QFiY_2023-05_raw_en_pytube.html').dossier;
    expect(sponsorships).toEqual({
      postsSeen: 1,
      sponsored: [],
      share: 0,
      brands: [],
      competitors: [],
      undisclosed: [{ id: 'HFlmHY8QFiY', url: 'https://www.youtube.com/watch?v=HFlmHY8QFiY', cue: 'https://bit.ly/betrsocial' }],
      ownPromotions: 0,
    });
  });

  it("does not read a channel's link to its own site as a promotion (Vatican News 2023)", () => {
    const { sponsorships } = vet('youtube', 'yt_watch_5YceQ8YqYMc_2023-05_raw_live-archive_en_pytube.html').dossier;
    expect(sponsorships.undisclosed).toEqual([]);
    expect(sponsorships.ownPromotions).toBe(0);
    expect(sponsorships.share).toBe(0);
  });

  it('reads the paid-promotion label of a watch page, the brand named, and its date; and the brief’s competitor among them', () => {
    const report = vetDocument(loadDocument(readFixture('e2e', 'youtube-watch-a2.html')), {
      capturedAt: CAPTURED_AT,
      i18n,
      brief: { ...emptyBrief('Rival'), competitors: ['Kitchen Co', 'Other'] },
    });
    expect(report.dossier.sponsorships).toMatchObject({
      postsSeen: 1,
      share: 1,
      brands: [{ name: 'Kitchen Co', dates: ['2026-04-30T15:00:00.000Z'], posts: 1 }],
      competitors: ['Kitchen Co'],
    });
    expect(report.dossier.sponsorships.sponsored[0]!.signals).toEqual(['label']);
  });
});

describe('what is and is not a sponsor', () => {
  // Captions in the shape of a science channel's video descriptions: a sponsor named in words, and the channel's own shop.
  const channel = makeSnapshot({
    platform: 'youtube',
    handle: 'nutshellscience',
    displayName: 'Nutshell Science',
    links: ['https://shop.nutshellscience.org/?utm_source=youtube'],
    posts: [
      makePost({
        id: 'v1',
        caption: 'Black holes\nGo to https://brilliant.org/nutshell/ for 20% off an annual subscription!\nThis video was sponsored by Brilliant. Thanks a lot!',
        publishedAt: '2026-03-01T00:00:00Z',
      }),
      makePost({
        id: 'v2',
        caption: 'Dinosaurs\nGet 50% off your first crate at https://www.kiwico.com/nutshell with code NUTSHELL.\nThis video was sponsored by KiwiCo, thanks!',
        publishedAt: '2026-02-01T00:00:00Z',
      }),
      makePost({
        id: 'v3',
        caption: 'Our new calendar is out! Get 20% off in our shop: https://shop.nutshellscience.org/calendar',
        publishedAt: '2026-01-15T00:00:00Z',
      }),
      makePost({ id: 'v4', caption: 'Merch drop: 15% off this week only, link in bio', publishedAt: '2026-01-10T00:00:00Z' }),
      makePost({ id: 'v5', caption: 'The news, compared: get 30% off at https://ground.news/nutshell', publishedAt: '2026-01-01T00:00:00Z' }),
      makePost({ id: 'v6', caption: 'Thanks to everyone who watched the last one #science', publishedAt: '2025-12-01T00:00:00Z' }),
    ],
  });

  it('counts disclosed sponsors, not the own shop, and keeps the undisclosed apart', () => {
    const history = sponsorshipHistory(channel, ['kiwico']);
    expect(history.sponsored.map((p) => [p.id, p.signals, p.codes])).toEqual([
      ['v1', ['disclosure'], []],
      ['v2', ['disclosure', 'code'], ['NUTSHELL']],
    ]);
    expect(history.share).toBe(2 / 6);
    expect(history.brands).toEqual([
      { name: 'Brilliant', dates: ['2026-03-01T00:00:00Z'], posts: 1 },
      { name: 'KiwiCo', dates: ['2026-02-01T00:00:00Z'], posts: 1 },
    ]);
    expect(history.competitors).toEqual(['kiwico']);
    expect(history.ownPromotions).toBe(2);
    expect(history.undisclosed).toEqual([{ id: 'v5', url: null, cue: '30% off' }]);
  });

  it('brand fit warns only about the one undisclosed promotion, not the disclosed sponsors or the own shop', () => {
    const fit = scoreBrandFit(channel, { ...emptyBrief('Test'), keywords: ['science'] });
    expect(fit.warnings.filter((w) => w.id === 'undisclosed-sponsorship').map((w) => w.postId)).toEqual(['v5']);
  });

  it('reads disclosure tags in the languages of the pages', () => {
    const own = ownNames({ handle: 'aysel', displayName: null, links: [], platform: 'instagram' });
    for (const tag of ['ad', 'reklam', 'reklama', 'publi', 'anzeige', 'werbung'])
      expect(readPromotion({ caption: `Yeni kolleksiya @brand #${tag}`, hashtags: [tag], sponsored: null }, own).disclosed).toBe('disclosure');
    expect(readPromotion({ caption: 'Yeni kolleksiya @brand', hashtags: [], sponsored: true }, own).disclosed).toBe('label');
    expect(readPromotion({ caption: 'Endirim kodu: AYSEL20 @brand', hashtags: [], sponsored: null }, own)).toMatchObject({
      disclosed: null,
      codes: ['AYSEL20'],
    });
  });
});
