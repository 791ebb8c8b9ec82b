import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../lib/campaign/results/compute';
import { campaignKeys } from '../../../../lib/campaign/results/keys';
import { matchCriteria, matchPost, seenPosts } from '../../../../lib/campaign/results/posts';
import { campaignWindow } from '../../../../lib/campaign/results/window';
import { post, springCampaign, visit } from './fixtures';

const campaign = springCampaign({ hashtags: ['springpicks'], brandHandles: ['demo.shop'] });
const keys = campaignKeys(campaign);
const alpha = matchCriteria(campaign, keys.creators[0]!);
const window = campaignWindow(campaign);
const caption = (text: string, over = {}) => ({ caption: text, hashtags: [], sponsored: null, ...over });

describe('recognising campaign posts in captions', () => {
  it('finds the promo code as a word of its own, in any case', () => {
    expect(matchPost(caption('Use code alpha10. for 10% off'), alpha)).toEqual(['code']);
    expect(matchPost(caption('KOD: ALPHA10!'), alpha)).toEqual(['code']);
    expect(matchPost(caption('alpha100 is another code, so is xalpha10'), alpha)).toEqual([]);
  });

  it('finds the tracking link, its utm_content, or the landing page written without https', () => {
    expect(matchPost(caption(`Link: ${keys.creators[0]!.trackingLink}`), alpha)).toEqual(['link']);
    expect(matchPost(caption('shop.example/spring?utm_content=vetlens_alpha'), alpha)).toEqual(['link']);
    expect(matchPost(caption('All the gear at Shop.Example/Spring'), alpha)).toEqual(['link']);
    expect(matchPost(caption('shop.example/summer'), alpha)).toEqual([]);
  });

  it("finds a campaign hashtag, the brand's @mention and the paid-partnership label", () => {
    expect(matchPost(caption('Baking day', { hashtags: ['springpicks'] }), alpha)).toEqual(['hashtag']);
    expect(matchPost(caption('Baking with #SpringPicks'), alpha)).toEqual(['hashtag']);
    expect(matchPost(caption('Thanks @demo.shop.'), alpha)).toEqual(['mention']);
    expect(matchPost(caption('Thanks @demo.shopping'), alpha)).toEqual([]);
    expect(matchPost(caption('', { sponsored: true }), alpha)).toEqual(['sponsored']);
    expect(matchPost(caption('#springpicks @demo.shop ALPHA10', { sponsored: true }), alpha)).toEqual(['code', 'hashtag', 'mention', 'sponsored']);
  });
});

describe('proof of delivery from stored visits', () => {
  it('keeps each campaign post with its link, date, why it counts, its disclosure and its counts at each visit', () => {
    const p = post('7001', { caption: 'Spring bake #ad code ALPHA10', hashtags: ['ad'], views: 5000, likes: 300, comments: 20, shares: 10 });
    const later = { ...p, views: 9000, likes: 500 };
    const seen = seenPosts(
      [visit('vetlens_alpha', '2026-03-10T09:00:00.000Z', [later]), visit('vetlens_alpha', '2026-03-06T09:00:00.000Z', [p])],
      alpha,
      window,
      'tiktok',
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      postId: '7001',
      url: 'https://www.tiktok.com/@vetlens_alpha/video/7001',
      publishedAt: '2026-03-05T12:00:00.000Z',
      reasons: ['code'],
      disclosure: 'caption',
      reach: 9000,
      reachBasis: 'views',
      engagements: 530,
    });
    expect(seen[0]!.readings.map((r) => [r.capturedAt, r.views, r.likes])).toEqual([
      ['2026-03-06T09:00:00.000Z', 5000, 300],
      ['2026-03-10T09:00:00.000Z', 9000, 500],
    ]);
  });

  it('counts posts dated inside the campaign dates only; undated ones by the code or link, or when visited inside them', () => {
    const before = post('1', { caption: 'ALPHA10', publishedAt: '2026-02-10T12:00:00.000Z' });
    const undatedCode = post('2', { caption: 'code ALPHA10', publishedAt: null });
    const undatedTag = post('3', { caption: '#springpicks', publishedAt: null });
    const afterEnd = post('4', { caption: '#springpicks', publishedAt: '2026-05-20T12:00:00.000Z' });
    const inside = visit('vetlens_alpha', '2026-03-10T09:00:00.000Z', [before, undatedCode, undatedTag, afterEnd]);
    expect(seenPosts([inside], alpha, window, 'tiktok').map((p) => p.postId)).toEqual(['2', '3']);
    // Read only on a visit long after the campaign: a hashtag post without a date is not proof.
    const outside = visit('vetlens_alpha', '2026-06-10T09:00:00.000Z', [undatedCode, undatedTag]);
    expect(seenPosts([outside], alpha, window, 'tiktok').map((p) => p.postId)).toEqual(['2']);
  });

  it('estimates the reach of an Instagram photo from followers and marks it; says when a post disclosed nothing', () => {
    const photo = { ...post('C1', { caption: '@demo.shop spring table', views: null, url: 'https://www.instagram.com/p/C1/' }) };
    const ig = visit('vetlens_alpha', '2026-03-08T09:00:00.000Z', [photo], {
      platform: 'instagram',
      url: 'https://www.instagram.com/vetlens_alpha/',
      followers: 24_310,
    });
    const [seen] = seenPosts([ig], alpha, window, 'instagram');
    expect(seen).toMatchObject({ reasons: ['mention'], reach: Math.round(24_310 * 0.22945), reachBasis: 'estimate', disclosure: null });
    const labelled = seenPosts([{ ...ig, posts: [{ ...photo, sponsored: true }] }], alpha, window, 'instagram');
    expect(labelled[0]!.disclosure).toBe('label');
  });

  it('counts a disclosure in the words the dossier counts: Azerbaijani, Russian, Portuguese, "sponsored by"', () => {
    const captions = ['@demo.shop #işbirliyi', '@demo.shop #реклама', '@demo.shop #publicidade', 'Sponsored by @demo.shop', '@demo.shop ilə əməkdaşlıq'];
    const posts = captions.map((text, i) => post(`d${i}`, { caption: text }));
    const seen = seenPosts([visit('vetlens_alpha', '2026-03-10T09:00:00.000Z', posts)], alpha, window, 'tiktok');
    expect(seen.map((p) => [p.postId, p.disclosure])).toEqual(captions.map((_, i) => [`d${i}`, 'caption']));
  });

  it('gives each creator posts agreed and seen, reach (best post), impressions and engagements, and the visits they come from', () => {
    const a1 = post('a1', { caption: 'ALPHA10', views: 4000, likes: 200, comments: 10, shares: 0 });
    const a2 = post('a2', { caption: '#springpicks', views: 6000, likes: null, comments: null, shares: null, publishedAt: '2026-03-12T12:00:00.000Z' });
    const visits = new Map([['tiktok:vetlens_alpha', [visit('vetlens_alpha', '2026-03-14T09:00:00.000Z', [a1, a2, post('other', { caption: 'unrelated' })])]]]);
    const results = computeResults(campaign, visits, []);
    const [a, b] = results.creators;
    expect(a).toMatchObject({ postsAgreed: 4, reach: 6000, impressions: 10_000, engagements: 210, postsDisclosed: 0, visits: ['2026-03-14T09:00:00.000Z'] });
    expect(a!.posts.map((p) => p.postId)).toEqual(['a1', 'a2']);
    expect(b).toMatchObject({ postsAgreed: 4, posts: [], reach: null, impressions: null, engagements: null });
    expect(results.totals).toMatchObject({ postsAgreed: 8, postsSeen: 2, reach: { value: 6000, known: 1, of: 2 } });
  });
});
