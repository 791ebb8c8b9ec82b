import type { Post, ProfileSnapshot } from '../snapshot';

/**
 * How a post reads as paid, and whose promotion it is. Shared by the sponsorship history
 * (lib/dossier/sponsorships.ts) and brand fit's "looks sponsored without disclosure" warning, so the
 * two never disagree about one post.
 */

/** Lower case without accents, so "Reklâm" meets "reklam". */
function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Disclosure hashtags in the languages of the pages Vetlens reads: English, Azerbaijani and Turkish
 * (#reklam), Polish and Russian transliterated (#reklama), Spanish and Portuguese (#publi,
 * #publicidad), German (#anzeige, #werbung), French (#pub, #sponsorise).
 */
export const DISCLOSURE_TAGS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsored',
  'sponsoredpost',
  'paidpartnership',
  'partner',
  'reklam',
  'reklama',
  'реклама',
  'işbirliyi',
  'isbirliyi',
  'anuncio',
  'publi',
  'publicidad',
  'publicidade',
  'werbung',
  'anzeige',
  'pub',
  'publicite',
  'sponsorise',
  'spon',
  'collab',
]);

/** Disclosure in words: "paid partnership", "This video was sponsored by …", "in partnership with …". */
const DISCLOSURE_TEXT =
  /paid partnership|sponsored post|\bsponsored by\b|\bsponsoring this\b|\bthanks to .{1,40} for sponsoring\b|\bin partnership with\b|\bad\s*[|:]|\[ad\]|\(ad\)|reklam|реклама|werbung|anzeige|publicidad|patrocinado por|sponsorisé par|əməkdaşlıq|in collaboration with/i;

/**
 * Whether a caption carries an #ad-style disclosure: a disclosure hashtag (in `hashtags` or written in the
 * caption) or disclosure words. The one test of a disclosure in words: the dossier's sponsorship history,
 * brand fit's warning and the campaign results all ask it.
 */
export function captionDisclosesAd(caption: string | null, hashtags: readonly string[]): boolean {
  const tags = new Set([...hashtags.map(normalize), ...[...(caption ?? '').matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => normalize(m[1]!))]);
  return [...tags].some((t) => DISCLOSURE_TAGS.has(t)) || (caption !== null && DISCLOSURE_TEXT.test(caption));
}

/** Promotion cues: a code, a discount, a tracking link, an affiliate note. */
const PROMO_PATTERNS: RegExp[] = [
  /\buse (my )?code\b/i,
  /promo ?code/i,
  /\bcode\s*[:-]?\s*[A-Z0-9]{4,}\b/,
  /\d+\s?% off/i,
  /\bdiscount\b/i,
  /\baffiliate\b/i,
  /endirim/i,
  /promokod/i,
  /link in (my )?bio/i,
];

/** The first promotion cue in a caption's words ("use my code", "20% off"…), or null. */
export function promotionCue(caption: string): string | null {
  for (const pattern of PROMO_PATTERNS) {
    const m = caption.match(pattern);
    if (m) return m[0];
  }
  return null;
}

const CODE = /\b(?:use\s+(?:my\s+)?code|promo\s?code|promo\s?kodu?|endirim\s+kodu|kodu|kod|code)\s*[:\-–]?\s*["“']?([A-Z0-9][A-Z0-9_-]{3,19})\b/g;

/** Tracking parameters and link shorteners: a link that counts clicks for someone. */
const TRACKING_PARAMS = /[?&](utm_[a-z]+|ref|aff|affiliate|coupon|discount|code|via|tag)=/i;
const SHORTENERS = new Set([
  'bit.ly',
  'amzn.to',
  'tinyurl.com',
  'rebrand.ly',
  'geni.us',
  'shorturl.at',
  'tidd.ly',
  'go.magik.ly',
  'fas.st',
  'howl.me',
  'shop-links.co',
]);

/** Words of a creator's own shop, merchandise or courses (English and Azerbaijani). */
const OWN_SHOP =
  /\b(my|our) (shop|store|merch|merchandise|book|course|app|brand|collection|patreon|newsletter|channel|podcast)\b|\bmerch\b|\bmağazam(ız)?\b|\bmənim (mağazam|kitabım|kursum)\b/i;

/** Words that sell, beside a link to the creator's own site: their shop, not a mere link home. */
const SELLING = /\b(shop|store|merch|buy|order|pre-?order|sale|get yours|calendar|poster|book|course|tickets?)\b|mağaza|sifariş/i;

export interface PromotionReading {
  /** The platform's label, or #ad-style tags or words. */
  disclosed: 'label' | 'disclosure' | null;
  codes: string[];
  trackingLinks: string[];
  /** Brand names the post promotes: "sponsored by X", @mentions, and the sites its links go to. */
  brands: string[];
  /** The first promotion cue, as the caption says it. */
  cue: string | null;
  /** Promotes only the creator's own shop, merchandise or channels. */
  own: boolean;
}

function urlsIn(text: string): URL[] {
  const out: URL[] = [];
  for (const m of text.matchAll(/https?:\/\/[^\s)"'<>]+/giu)) {
    try {
      out.push(new URL(m[0].replace(/[.,!?…]+$/u, '')));
    } catch {
      // not a link after all
    }
  }
  return out;
}

/** "www.shop-eu.kurzgesagt.org" → "kurzgesagt.org": the name a site goes by. */
export function siteName(host: string): string {
  const parts = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const twoLevel = parts.length > 2 && /^(co|com|org|net|gov|edu)$/.test(parts[parts.length - 2]!);
  return parts.slice(twoLevel ? -3 : -2).join('.');
}

/** The creator's own names and sites: their handle, name words, and the sites of their bio links. */
export function ownNames(creator: Pick<ProfileSnapshot, 'handle' | 'displayName' | 'links' | 'platform'>): { handles: Set<string>; sites: Set<string> } {
  const handles = new Set<string>();
  if (creator.handle) handles.add(normalize(creator.handle).replace(/[._]/g, ''));
  const name = creator.displayName ? normalize(creator.displayName).replace(/[^\p{L}\p{N}]/gu, '') : '';
  if (name.length >= 4) handles.add(name);
  const sites = new Set<string>();
  for (const link of creator.links) {
    try {
      const host = new URL(link).hostname;
      if (!/(instagram|tiktok|youtube|facebook|twitter|x|patreon|linktr|beacons|superlink)\./.test(host)) sites.add(siteName(host));
    } catch {
      // not a link
    }
  }
  return { handles, sites };
}

function isOwnSite(site: string, own: { handles: Set<string>; sites: Set<string> }): boolean {
  if (own.sites.has(site)) return true;
  const label = site.split('.')[0]!.replace(/[-_]/g, '');
  return [...own.handles].some((h) => h.length >= 4 && (label === h || label.includes(h)));
}

/** Sites a caption links to that are no one's sponsor: the platforms, references and search. */
const PLATFORM_SITES = new Set([
  'google.com',
  'wikipedia.org',
  'doi.org',
  'apple.com',
  'spotify.com',
  'instagram.com',
  'tiktok.com',
  'youtube.com',
  'youtu.be',
  'facebook.com',
  'twitter.com',
  'x.com',
  'twitch.tv',
  'discord.gg',
  'patreon.com',
]);

/** Reads one post's caption, hashtags and label for promotion. Pure. */
export function readPromotion(post: Pick<Post, 'caption' | 'hashtags' | 'sponsored'>, own: { handles: Set<string>; sites: Set<string> }): PromotionReading {
  const caption = post.caption ?? '';
  const disclosed = post.sponsored === true ? 'label' : captionDisclosesAd(caption, post.hashtags) ? 'disclosure' : null;
  const codes = [...new Set([...caption.matchAll(CODE)].map((m) => m[1]!.toUpperCase()))].filter((c) => /\d|[A-Z]{4,}/.test(c));
  const links = urlsIn(caption);
  const trackingLinks = links.filter((u) => TRACKING_PARAMS.test(u.search) || SHORTENERS.has(u.hostname.replace(/^www\./, ''))).map((u) => u.href);
  const brands = new Set<string>();
  // The brand after "sponsored by": one word, or capitalised words in a row ("Kitchen Co."), never the next sentence.
  const sponsor = caption.match(
    /\b(?:[Ss]ponsored by|SPONSORED BY|[Ii]n partnership with|[Pp]atrocinado por|[Ss]ponsorisé par)\s+@?([\p{L}\p{N}][\p{L}\p{N}&'’-]*(?:\.[a-z]{2,6}\b)?(?:\s(?:\p{Lu}[\p{L}\p{N}&'’-]*|&))*)/u,
  );
  if (sponsor) brands.add(sponsor[1]!.replace(/[.'’-]+$/u, ''));
  for (const m of caption.matchAll(/@([\p{L}\p{N}_.]{2,30})/gu)) {
    const handle = m[1]!.replace(/\.+$/, '');
    if (!own.handles.has(normalize(handle).replace(/[._]/g, ''))) brands.add(`@${handle}`);
  }
  const foreignSites = links.map((u) => siteName(u.hostname)).filter((s) => !PLATFORM_SITES.has(s) && !isOwnSite(s, own));
  const ownSites = links.map((u) => siteName(u.hostname)).filter((s) => isOwnSite(s, own));
  for (const site of foreignSites) brands.add(site);
  const cue = promotionCue(caption) ?? trackingLinks[0] ?? null;
  // Own promotion: the creator's shop words or sites, and no one else's brand or site named.
  const ownWords = OWN_SHOP.test(caption);
  const selling = ownWords || (ownSites.length > 0 && SELLING.test(caption));
  const ownOnly = disclosed === null && selling && foreignSites.length === 0 && !sponsor && ![...brands].some((b) => b.startsWith('@'));
  return { disclosed, codes, trackingLinks, brands: [...brands].slice(0, 10), cue, own: ownOnly };
}
