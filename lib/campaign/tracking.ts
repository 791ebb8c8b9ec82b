import type { Campaign, CampaignCreator } from './schema';

/** A landing URL the marketer typed, accepted only as an absolute http(s) URL. */
export function parseLandingUrl(input: string): { ok: true; url: URL } | { ok: false; error: 'empty' | 'invalid' | 'scheme' } {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: 'scheme' };
  if (!url.hostname) return { ok: false, error: 'invalid' };
  return { ok: true, url };
}

/** lower-case, ASCII, dash-separated: "Summer Sale 2026!" → "summer-sale-2026". */
export function slugify(text: string, max = 60): string {
  return transliterate(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

// Letters NFKD does not split into a base letter and a mark (Azerbaijani ə, Turkish ı, …).
const EXTRA_LETTERS: Record<string, string> = {
  ə: 'e',
  Ə: 'E',
  ı: 'i',
  İ: 'I',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  œ: 'oe',
  Œ: 'OE',
};

// Printable ASCII has nothing to transliterate (and most handles and names are just that).
const ONLY_ASCII = /^[ -~]*$/;

export function transliterate(text: string): string {
  if (ONLY_ASCII.test(text)) return text;
  return text
    .replace(/[əƏıİøØßæÆđĐłŁœŒ]/g, (ch) => EXTRA_LETTERS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * The creator's tracking link: the landing URL with UTM parameters. The marketer's own query
 * parameters and fragment are kept; existing utm_* values are replaced so every creator is told apart.
 *   utm_source   = platform (instagram, tiktok, youtube)
 *   utm_medium   = influencer
 *   utm_campaign = the campaign name as a slug
 *   utm_content  = the creator's handle (or the creator key without a handle)
 */
export function trackingLink(
  landingUrl: string,
  campaign: Pick<Campaign, 'name' | 'id'>,
  creator: Pick<CampaignCreator, 'platform' | 'handle' | 'creatorKey'>,
): string | null {
  return trackingLinks(landingUrl, campaign)(creator);
}

/** `trackingLink` for many creators of one campaign: the landing URL is checked and the name made a slug once. */
export function trackingLinks(
  landingUrl: string,
  campaign: Pick<Campaign, 'name' | 'id'>,
): (creator: Pick<CampaignCreator, 'platform' | 'handle' | 'creatorKey'>) => string | null {
  const parsed = parseLandingUrl(landingUrl);
  if (!parsed.ok) return () => null;
  const landing = parsed.url.href;
  const campaignSlug = slugify(campaign.name) || slugify(campaign.id) || 'campaign';
  const linkFor = (platform: string, content: string) => {
    const url = new URL(landing);
    url.searchParams.set('utm_source', platform);
    url.searchParams.set('utm_medium', 'influencer');
    url.searchParams.set('utm_campaign', campaignSlug);
    url.searchParams.set('utm_content', content);
    return url.toString();
  };
  // Built once per platform with a stand-in for utm_content, then filled per creator: the URL parser
  // and four parameter writes per creator cost more than the rest of a 10,000-creator export's row.
  const templates = new Map<string, readonly [string, string] | null>();
  const templateFor = (platform: string) => {
    let template = templates.get(platform);
    if (template === undefined) templates.set(platform, (template = splitAtStandIn(linkFor(platform, CONTENT_STAND_IN))));
    return template;
  };
  return (creator) => {
    const content = (creator.handle ?? creator.creatorKey).toLowerCase().slice(0, 100);
    const template = FORM_SAFE.test(content) ? templateFor(creator.platform) : null;
    return template ? template[0] + content + template[1] : linkFor(creator.platform, content);
  };
}

/** Characters a query parameter's value keeps as they are (application/x-www-form-urlencoded leaves them unencoded). */
const FORM_SAFE = /^[a-z0-9*._-]*$/;
const CONTENT_STAND_IN = 'vetlens0content0stand0in';

/** A link around its one stand-in, or null where the stand-in is not there exactly once (then each link is built in full). */
function splitAtStandIn(link: string): readonly [string, string] | null {
  const at = link.indexOf(CONTENT_STAND_IN);
  if (at < 0 || link.indexOf(CONTENT_STAND_IN, at + 1) >= 0) return null;
  return [link.slice(0, at), link.slice(at + CONTENT_STAND_IN.length)];
}

const MAX_CODE = 24;

/** Upper-case ASCII letters, digits and dashes only, so a code can be typed at any checkout. */
export function sanitizeCode(text: string): string {
  return transliterate(text)
    .toUpperCase()
    .replace(/[^A-Z0-9-]+/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The campaign's part of its codes ({CAMPAIGN}): the same for every creator, so worked out once per campaign. */
const campaignCodePart = (campaignName: string) => sanitizeCode(campaignName.replace(/\s+/g, '')).replace(/-/g, '').slice(0, 10);

/** The pattern filled for one creator ({N} = its place in the campaign, from 1), sanitised. */
function codeFromPattern(pattern: string, campaignPart: string, creator: Pick<CampaignCreator, 'platform' | 'handle'>, n: number): string {
  const handlePart =
    sanitizeCode((creator.handle ?? '').replace(/[._\s]+/g, ''))
      .replace(/-/g, '')
      .slice(0, 12) || `C${n}`;
  const filled = pattern
    .replace(/\{HANDLE\}/gi, handlePart)
    .replace(/\{CAMPAIGN\}/gi, campaignPart)
    .replace(/\{PLATFORM\}/gi, creator.platform.toUpperCase().slice(0, 2))
    .replace(/\{N\}/gi, String(n));
  return sanitizeCode(filled).slice(0, MAX_CODE).replace(/-+$/, '') || `C${n}`;
}

/** `base`, or base + 2, 3 … when taken; never longer than a code may be. */
function uniqueCode(base: string, used: ReadonlySet<string>): string {
  let code = base;
  for (let suffix = 2; used.has(code); suffix++) {
    const tail = String(suffix);
    code = base.slice(0, MAX_CODE - tail.length) + tail;
  }
  return code;
}

/**
 * One promo code per creator from the marketer's pattern ({HANDLE}, {CAMPAIGN}, {PLATFORM}, {N} = the
 * creator's place in the campaign). Codes are sanitised and unique within the campaign: a clash gets a
 * number appended (MARIA, MARIA2, MARIA3 …). A handle with no Latin letters falls back to "C" + N.
 */
export function promoCodes(
  pattern: string,
  campaign: Pick<Campaign, 'name'>,
  creators: ReadonlyArray<Pick<CampaignCreator, 'platform' | 'handle' | 'creatorKey'>>,
): string[] {
  const used = new Set<string>();
  const campaignPart = campaignCodePart(campaign.name);
  return creators.map((creator, index) => {
    const code = uniqueCode(codeFromPattern(pattern, campaignPart, creator, index + 1), used);
    used.add(code);
    return code;
  });
}

/**
 * Issues codes: creators without one get a code from the pattern that no other creator holds;
 * issued codes stay. With `regenerate`, every code is issued again from the pattern.
 */
export function withPromoCodes(campaign: Campaign, regenerate = false): Campaign {
  if (regenerate) {
    const codes = promoCodes(campaign.promoPattern, campaign, campaign.creators);
    return { ...campaign, creators: campaign.creators.map((c, i) => ({ ...c, promoCode: codes[i]! })) };
  }
  const codes = effectivePromoCodes(campaign);
  return { ...campaign, creators: campaign.creators.map((c, i) => (c.promoCode ? c : { ...c, promoCode: codes[i]! })) };
}

/** The codes exports use: each issued code, and for creators without one a pattern code no one holds. */
export function effectivePromoCodes(campaign: Campaign): string[] {
  const used = new Set(campaign.creators.flatMap((c) => (c.promoCode ? [c.promoCode] : [])));
  const campaignPart = campaignCodePart(campaign.name);
  return campaign.creators.map((c, i) => {
    if (c.promoCode) return c.promoCode;
    const code = uniqueCode(codeFromPattern(campaign.promoPattern, campaignPart, c, i + 1), used);
    used.add(code);
    return code;
  });
}
