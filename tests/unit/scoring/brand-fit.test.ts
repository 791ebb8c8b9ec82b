import { describe, expect, it } from 'vitest';
import { emptyBrief, type BrandBrief } from '../../../lib/brief';
import { IAB_CATEGORIES, iabCategoryByName, iabLineage, searchIabCategories } from '../../../lib/data/iab-categories';
import { scoreSnapshot } from '../../../lib/scoring';
import { captionDisclosesAd } from '../../../lib/dossier/promotion';
import { detectLanguage, resolveLanguage, scoreBrandFit, splitHashtag } from '../../../lib/scoring/brand-fit';
import { promotionWords } from '../../../lib/scoring/brand-fit-text';
import { inWords, post, snapshot } from './helpers';

const brief = (b: Partial<BrandBrief>): BrandBrief => ({ ...emptyBrief('Glow'), ...b });
const withCaptions = (captions: string[], extra = {}) =>
  snapshot({ posts: captions.map((caption, i) => post(i, { caption, likes: 100, comments: 2 })), ...extra });

describe('IAB categories', () => {
  it('ships all 704 categories of Content Taxonomy 3.1 with their tree', () => {
    expect(IAB_CATEGORIES).toHaveLength(704);
    const skin = iabCategoryByName('skin care');
    expect(skin).toBeDefined();
    expect(iabLineage(skin!)).toEqual(['Skin Care', 'Beauty', 'Style & Fashion']);
    expect(searchIabCategories('fitness').some((c) => c.name === 'Fitness and Exercise')).toBe(true);
  });
});

describe('splitHashtag', () => {
  it("splits camelCase and, with the brief's words, run-together lowercase tags", () => {
    expect(splitHashtag('#SkinCareRoutine')).toEqual(['skin', 'care', 'routine']);
    expect(splitHashtag('#skincareroutine', ['skincare', 'routine', 'serum'])).toEqual(expect.arrayContaining(['skincare', 'routine']));
    expect(splitHashtag('#Top10Tips')).toEqual(['top', '10', 'tips']);
  });
});

describe('detectLanguage', () => {
  it('detects English, and Azerbaijani (which tinyld reads as Turkish) by its letter ə', () => {
    expect(detectLanguage('Today I tried a new skincare routine and I really loved how my skin felt')).toBe('en');
    expect(detectLanguage('Bu gün yeni dəri qulluğu məhsullarını sınadım, nəticədən çox razıyam')).toBe('az');
    expect(detectLanguage('hi')).toBeNull();
  });

  it('says unknown rather than a wrong language on short or mixed text', () => {
    // The bug: English captions with a few Greek words were read as Greek.
    expect(
      detectLanguage([
        'Sunset vibes in Santorini 🌅 Opa! Γεια σου',
        'Morning coffee and a good book to start the day',
        'New video is up on the channel, link in bio',
      ]),
    ).toBe('en');
    // A bio of labels is too short to say anything.
    expect(detectLanguage(['Travel | Food | Lifestyle 📍 Baku'])).toBeNull();
    expect(detectLanguage(['OOTD 💫 #fashion', 'Thank you all for 10k!! 🙏'])).toBeNull();
    // Half English, half Azerbaijani: no language holds most of the text.
    expect(
      detectLanguage([
        'Today I tried a new skincare routine and I really loved how my skin felt',
        'Bu gün yeni dəri qulluğu məhsullarını sınadım, nəticədən çox razıyam',
      ]),
    ).toBeNull();
    // Real Greek is still Greek.
    expect(detectLanguage(['Γεια σας από την Αθήνα, σήμερα δοκιμάσαμε ένα υπέροχο εστιατόριο στο κέντρο'])).toBe('el');
  });

  it('lets the browser detector veto a guess but never supply one', () => {
    expect(resolveLanguage('en', { language: 'en', reliable: true })).toBe('en');
    expect(resolveLanguage('en', { language: 'en-US', reliable: true })).toBe('en');
    expect(resolveLanguage('en', { language: 'el', reliable: true })).toBeNull();
    expect(resolveLanguage('en', { language: 'el', reliable: false })).toBe('en');
    expect(resolveLanguage('en', null)).toBe('en');
    expect(resolveLanguage(null, { language: 'en', reliable: true })).toBeNull();
  });

  it('gives vet (no browser) and the extension (browser agreeing) the same brand fit', () => {
    const s = snapshot({
      bio: 'Skincare lover sharing honest reviews every single week',
      posts: [post(1, { caption: 'My morning skincare routine with a new serum and sunscreen for summer' })],
    });
    const b = brief({ keywords: ['serum'], languages: ['en'] });
    const vet = scoreBrandFit(s, b);
    const extension = scoreBrandFit(s, b, { browserLanguage: { language: 'en', reliable: true } });
    expect(extension).toEqual(vet);
    expect(vet.language).toEqual({ detected: 'en', accepted: true });
    expect(scoreBrandFit(s, b, { browserLanguage: { language: 'de', reliable: true } }).language).toEqual({ detected: null, accepted: null });
  });
});

describe('what reads as a promotion', () => {
  it('finds a promotion cue, or a brand @mention beside a promotional word, and nothing in a plain caption', () => {
    expect(promotionWords('Use my code GLOW20 for 20% off!')).toBe('Use my code');
    expect(promotionWords('Endirim kodu: GLOW20 #reklam')).toBe('Endirim');
    expect(promotionWords('Thanks @glow for the gift')).toBe('gift');
    expect(promotionWords('Sunset at the beach #adventure')).toBeNull();
  });

  it('tells disclosed promotions from undisclosed ones by the disclosure alone', () => {
    expect(captionDisclosesAd('Use my code GLOW20 for 20% off!', [])).toBe(false);
    expect(captionDisclosesAd('Use my code GLOW20 for 20% off! #ad', ['ad'])).toBe(true);
    expect(captionDisclosesAd('Endirim kodu: GLOW20 #reklam', ['reklam'])).toBe(true);
    expect(captionDisclosesAd('Paid partnership with @glow: link in bio', [])).toBe(true);
  });
});

describe('scoreBrandFit', () => {
  const skincare = brief({ keywords: ['skincare', 'serum', 'sunscreen'], categories: ['Skin Care'], languages: ['en'] });

  it('ranks a creator whose captions match the brief above one whose captions do not', () => {
    const on = scoreBrandFit(
      withCaptions(['My #SkinCare routine with a vitamin serum', 'Sunscreen every single day', 'Night serum review', 'Beauty haul']),
      skincare,
    );
    const off = scoreBrandFit(withCaptions(['Beat the final boss tonight', 'Road trip to the mountains', 'New gaming setup', 'Street food tour']), skincare);
    expect(on.score!).toBeGreaterThan(off.score!);
    expect(on.matches?.map((m) => m.term)).toEqual(expect.arrayContaining(['skincare', 'serum', 'sunscreen']));
    expect(off.missing).toEqual(expect.arrayContaining(['serum', 'sunscreen']));
    expect(on.matches?.find((m) => m.term === 'serum')?.postIds).toEqual(expect.arrayContaining(['p0', 'p2']));
  });

  it('matches category names and their parents as extra terms', () => {
    const fit = scoreBrandFit(
      withCaptions(['Beauty tips for busy mornings', 'More beauty favourites', 'A calm weekend']),
      brief({ categories: ['Skin Care'] }),
    );
    expect(fit.matches?.map((m) => m.term)).toContain('Beauty');
    // Only the parent "Beauty" (weight 0.4) is found, in 2 captions (one is full coverage here), of
    // Skin Care 0.7 + Beauty 0.4 + Style & Fashion 0.4: 0.4 / 1.5.
    expect(fit.parts?.text).toBe(27);
  });

  it('warns about competitor mentions with the post id, and penalises them', () => {
    const s = withCaptions(['Loving my new cream from @rivalbrand', 'Morning skincare routine', 'Rivalbrand haul is here']);
    const clean = scoreBrandFit(s, brief({ keywords: ['skincare'] }));
    const fit = scoreBrandFit(s, brief({ keywords: ['skincare'], competitors: ['RivalBrand'] }));
    expect(fit.warnings.filter((w) => w.id === 'competitor').map((w) => w.postId)).toEqual(['p0', 'p2']);
    expect(fit.score!).toBeLessThan(clean.score!);
  });

  it('finds a competitor inside a tag that starts with its name, not inside an unrelated word', () => {
    const s = withCaptions(['#rivalpartner day', 'Happy #arrival of spring', 'Shopping at @rival.store']);
    const fit = scoreBrandFit(s, brief({ keywords: ['spring'], competitors: ['Rival'] }));
    expect(fit.warnings.filter((w) => w.id === 'competitor').map((w) => w.postId)).toEqual(['p0', 'p2']);
  });

  it('warns about words to avoid (brand safety)', () => {
    const fit = scoreBrandFit(
      withCaptions(['Friday night casino trip', 'Skincare after the party']),
      brief({ keywords: ['skincare'], avoidWords: ['casino'] }),
    );
    expect(fit.warnings).toEqual([expect.objectContaining({ id: 'avoid-word', postId: 'p0' })]);
  });

  it('warns about sponsored-looking posts without a disclosure', () => {
    const fit = scoreBrandFit(withCaptions(['Use my code GLOW for a discount', 'Use my code GLOW again #ad']), brief({ keywords: ['glow'] }));
    expect(fit.warnings.filter((w) => w.id === 'undisclosed-sponsorship').map((w) => w.postId)).toEqual(['p0']);
  });

  it("takes the platform's paid-partnership label as a disclosure", () => {
    const s = withCaptions(['Use my code GLOW for a discount', 'Use my code GLOW for a discount', 'Use my code GLOW for a discount']);
    s.posts[0]!.sponsored = true;
    s.posts[1]!.sponsored = false;
    const fit = scoreBrandFit(s, brief({ keywords: ['glow'] }));
    expect(fit.warnings.filter((w) => w.id === 'undisclosed-sponsorship').map((w) => w.postId)).toEqual(['p1', 'p2']);
  });

  it('checks follower range, platform and language, and reports the audience as unknown', () => {
    const s = withCaptions(['Exploring the old town today with friends and coffee'], { followers: 500_000 });
    const fit = scoreBrandFit(s, brief({ keywords: ['travel'], languages: ['az'], followerRange: { min: 10_000, max: 100_000 }, platforms: ['tiktok'] }));
    expect(fit.parts).toMatchObject({ language: 0, followers: 0, platform: 0 });
    expect(fit.language).toEqual({ detected: 'en', accepted: false });
    expect(fit.audience).toEqual({ age: null, gender: null, country: null });
    expect(inWords(fit.reasons)).toContain('Audience age, gender and country are not visible on the page: unknown.');
  });

  it('is wired into scoreSnapshot only when a brief is given', () => {
    const s = withCaptions(['Skincare'], { followers: 20_000 });
    expect(scoreSnapshot(s, {}).brandFit).toBeNull();
    expect(scoreSnapshot(s, { brief: skincare }).brandFit?.briefName).toBe('Glow');
  });

  it('says "not enough data" when there is no text to match', () => {
    const fit = scoreBrandFit(snapshot({ posts: [] }), brief({ keywords: ['skincare'] }));
    expect(fit.score).toBeNull();
    expect(inWords(fit.reasons)[0]).toBe('Not enough data for brand fit.');
  });
});
