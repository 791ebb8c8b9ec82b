import { describe, expect, it } from 'vitest';
import { emptyBrief } from '../../../lib/brief';
import { campaignKeys } from '../../../lib/campaign/results/keys';
import { matchCriteria, matchPost } from '../../../lib/campaign/results/posts';
import { iabDisplayName, searchIabCategories } from '../../../lib/data/iab-categories';
import { foldForMatch, lowerAsWritten } from '../../../lib/i18n/fold';
import { scoreBrandFit } from '../../../lib/scoring/brand-fit';
import { DEFAULT_QUERY, filterAndSort, type WorkspaceRow } from '../../../lib/storage/workspace';
import { springCampaign } from '../campaign/results/fixtures';
import { post, snapshot } from '../scoring/helpers';

const caption = (text: string, hashtags: string[] = []) => ({ caption: text, hashtags, sponsored: null });

describe('Azerbaijani and Turkish letters in matching', () => {
  it('folds İ/i and I/ı both ways, and drops marks, only for comparing', () => {
    expect(foldForMatch('#İSTİRAHƏT')).toBe(foldForMatch('#istirahət'));
    expect(foldForMatch('#QIŞ')).toBe(foldForMatch('#qış'));
    expect(foldForMatch('Məmmədova')).toBe('memmedova');
    expect(foldForMatch('INSTAGRAM')).toBe('instagram');
  });

  it("keeps a typed tag in its own language's lower case", () => {
    expect(lowerAsWritten('QIŞ')).toBe('qış');
    expect(lowerAsWritten('İSTİRAHƏT')).toBe('istirahət');
    expect(lowerAsWritten('INSTAGRAM')).toBe('instagram');
  });

  it('recognises campaign hashtags written in capitals with İ, I or ı', () => {
    const campaign = springCampaign({ hashtags: ['İSTİRAHƏT', 'QIŞ'], brandHandles: ['Qış.Dükan'] });
    const criteria = matchCriteria(campaign, campaignKeys(campaign).creators[0]!);
    expect(matchPost(caption('Bakıda #istirahət günü'), criteria)).toEqual(['hashtag']);
    expect(matchPost(caption('Yeni kolleksiya', ['qış']), criteria)).toEqual(['hashtag']);
    expect(matchPost(caption('Sifariş: @qış.dükan'), criteria)).toEqual(['mention']);
    expect(matchPost(caption('#istirahetgunu'), criteria)).toEqual([]);
  });

  it('finds brief keywords and competitors written with the other i', () => {
    const s = snapshot({
      posts: ['QIŞ kolleksiyası', 'İSTİRAHƏT günü @ISTIQLAL', 'qış üçün'].map((text, i) => post(i, { caption: text, likes: 100, comments: 2 })),
    });
    const fit = scoreBrandFit(s, { ...emptyBrief('Glow'), keywords: ['qış', 'istirahət'], competitors: ['İstiqlal'] });
    expect(fit.matches?.map((m) => [m.term, m.postIds])).toEqual([
      ['qış', ['p0', 'p2']],
      ['istirahət', ['p1']],
    ]);
    expect(fit.warnings.filter((w) => w.id === 'competitor').map((w) => w.postId)).toEqual(['p1']);
  });

  it('finds a creator by a name typed without its marks', () => {
    const row = (key: string, displayName: string): WorkspaceRow => ({
      addedAt: null,
      creator: {
        key,
        platform: 'instagram',
        handle: key,
        displayName,
        url: `https://www.instagram.com/${key}/`,
        followers: 1000,
        verified: null,
        firstSeenAt: '2026-01-01T00:00:00.000Z',
        lastSeenAt: '2026-01-01T00:00:00.000Z',
        snapshotCount: 1,
        scores: { overall: 50, engagement: 50, engagementRate: 0.02, reach: null, authenticity: null, authenticityVerdict: null, brandFit: null },
        tags: [],
        notes: '',
        status: 'to-contact',
        groupId: null,
      },
    });
    const rows = [row('aysel', 'Aysel Məmmədova'), row('leyla', 'Leyla Əliyeva'), row('ilqar', 'İlqar Qışlaq')];
    const found = (search: string) => filterAndSort(rows, { ...DEFAULT_QUERY, listId: null, search }).map((r) => r.creator.key);
    expect(found('memmedova')).toEqual(['aysel']);
    expect(found('aliyeva')).toEqual([]);
    expect(found('eliyeva')).toEqual(['leyla']);
    expect(found('ILQAR')).toEqual(['ilqar']);
    expect(found('qislaq')).toEqual(['ilqar']);
  });
});

describe('IAB categories in both languages', () => {
  it('finds categories by their Azerbaijani names, with or without marks, and by the English', () => {
    const travel = searchIabCategories('səyahət', 10).map((c) => c.name);
    expect(travel[0]).toBe('Travel');
    expect(travel).toEqual(expect.arrayContaining(['Travel Accessories', 'Travel Locations', 'Travel Type']));
    expect(searchIabCategories('seyahet', 1).map((c) => c.name)).toEqual(['Travel']);
    expect(searchIabCategories('gözəllik', 1).map((c) => c.name)).toEqual(['Beauty']);
    expect(searchIabCategories('travel', 1).map((c) => c.name)).toEqual(['Travel']);
  });

  it('shows the Azerbaijani name in the Azerbaijani interface and the IAB name otherwise', () => {
    const [travel] = searchIabCategories('travel', 1);
    expect(iabDisplayName(travel!, 'az')).toBe('Səyahət');
    expect(iabDisplayName(travel!, 'en-US')).toBe('Travel');
  });
});
