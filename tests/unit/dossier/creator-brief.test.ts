import { describe, expect, it } from 'vitest';
import { newCampaign } from '../../../lib/campaign/schema';
import { creatorBriefInTheirLanguage, creatorBriefText, creatorLanguage } from '../../../lib/export/creator-brief';
import { buildLocaleCatalogs } from '../../../lib/i18n/build-catalogs';
import { loadPackagedI18n } from '../../../lib/i18n/packaged-catalog';
import { buildCampaignExport } from '../../../lib/export/rows';
import { nodeI18n } from '../../../lib/i18n/node';
import { loadCampaignData } from '../../../lib/storage/campaigns';
import { freshDb, post, snapshot, store } from '../campaign/fixtures';

describe('a brief for one creator', () => {
  it("holds their deliverables, dates, hashtags, the brand, their link, code and disclosure, as plain text, and no other creator's fee or code", async () => {
    const db = await freshDb();
    const a = await store(db, snapshot({ platform: 'instagram', handle: 'leman.az', followers: 20_000, posts: [post('1', { likes: 200, comments: 20 })] }));
    const b = await store(db, snapshot({ platform: 'tiktok', handle: 'other_one', followers: 50_000, posts: [] }));
    const campaign = {
      ...newCampaign({
        id: 'c1',
        name: 'Bahar_2026 *sale*',
        now: new Date('2026-02-02T00:00:00Z'),
        creators: [
          { creatorKey: a, platform: 'instagram' as const, handle: 'leman.az' },
          { creatorKey: b, platform: 'tiktok' as const, handle: 'other_one' },
        ],
      }),
      formats: ['reel' as const, 'story' as const],
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      hashtags: ['bahar2026'],
      brandHandles: ['brand.az'],
      landingUrl: 'https://shop.example/spring',
    };
    campaign.creators[0]!.feePerPost = 250;
    campaign.creators[1]!.feePerPost = 900;
    const exported = buildCampaignExport(campaign, await loadCampaignData(db, campaign));
    const text = creatorBriefText(exported, exported.rows[0]!, nodeI18n('en'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Brief: Bahar_2026 *sale*');
    expect(lines).toContain('Deliverables: 4 posts (Reel, Story)');
    expect(lines).toContain('Hashtags to use: #bahar2026');
    expect(lines).toContain('Mention the brand: @brand.az');
    expect(lines).toContain(`Your promo code: ${exported.rows[0]!.promoCode}`);
    expect(lines.find((l) => l.startsWith('Your tracking link: https://shop.example/spring?'))).toBeDefined();
    expect(lines.at(-1)).toBe('Disclosure: turn on the "Paid partnership" label and add #reklam (or #ad) at the start of the caption.');
    expect(lines.find((l) => l.startsWith('Dates: '))).toMatch(/^Dates: .+ to .+$/);
    // Nothing of the other creator, no fee at all, and no Markdown escapes.
    expect(text).not.toContain(exported.rows[1]!.promoCode);
    expect(text).not.toContain('900');
    expect(text).not.toContain('250');
    expect(text).not.toContain('\\');
    expect(creatorBriefText(exported, exported.rows[0]!, nodeI18n('az')).split('\n')[1]).toBe('');
    expect(creatorBriefText(exported, exported.rows[0]!, nodeI18n('az'))).toContain('Sizin promo kodunuz:');
  });
});

const AZ_CAPTIONS = [
  'Bu gün Bakıda yeni kolleksiyamızı təqdim etdik, hamınıza təşəkkür edirəm ki, gəldiniz və dəstək oldunuz.',
  'Səhər yeməyi üçün ən sevdiyim yerlərdən biri, dostlarımla birlikdə gözəl vaxt keçirdik və çox güldük.',
  'Yayda dəniz kənarında dincəlmək həmişə ən gözəl hissdir, növbəti səyahətimiz haqqında tezliklə yazacağam.',
  'Yeni video artıq kanalda, izləyin və fikirlərinizi şərhlərdə yazın, sizin rəyiniz mənim üçün çox önəmlidir.',
];

/** The built extension's `_locales/<lang>/messages.json`, as the build writes them from the same catalogues. */
const packaged = (path: string) => {
  const lang = /^\/_locales\/(\w+)\/messages\.json$/.exec(path)?.[1];
  return Promise.resolve(lang ? buildLocaleCatalogs()[lang] : undefined);
};

describe('a brief for one creator, in their language', () => {
  it('comes out in Azerbaijani for a creator who writes in Azerbaijani, with the interface in English', async () => {
    const db = await freshDb();
    const posts = AZ_CAPTIONS.map((caption, i) => ({ ...post(String(i), { likes: 100, comments: 5 }), caption }));
    const key = await store(db, snapshot({ platform: 'instagram', handle: 'leman.az', followers: 20_000, posts }));
    const other = await store(db, snapshot({ platform: 'tiktok', handle: 'other_one', followers: 50_000, posts: [] }));
    const campaign = newCampaign({
      id: 'c1',
      name: 'Bahar',
      now: new Date('2026-02-02T00:00:00Z'),
      creators: [
        { creatorKey: key, platform: 'instagram', handle: 'leman.az' },
        { creatorKey: other, platform: 'tiktok', handle: 'other_one' },
      ],
    });
    const exported = buildCampaignExport(campaign, await loadCampaignData(db, campaign));
    expect(creatorLanguage(exported.rows[0]!.snapshot)).toBe('az');
    const brief = await creatorBriefInTheirLanguage(exported, exported.rows[0]!, nodeI18n('en'), (lang) => loadPackagedI18n(lang, packaged));
    expect(brief.language).toBe('az');
    expect(brief.text.split('\n')[0]).toBe('Brif: Bahar');
    expect(brief.text).toContain(`Sizin promo kodunuz: ${exported.rows[0]!.promoCode}`);
    // No captions to tell a language by: the marketer's language.
    const theirs = await creatorBriefInTheirLanguage(exported, exported.rows[1]!, nodeI18n('en'), () => Promise.reject(new Error('not needed')));
    expect(theirs).toMatchObject({ language: 'en' });
    expect(theirs.text).toContain('Your promo code:');
  });

  it('refuses a packaged catalogue that is not one', async () => {
    await expect(loadPackagedI18n('az', () => Promise.resolve({ key: 'not a message' }))).rejects.toThrow('the packaged az catalogue is not valid');
  });
});
