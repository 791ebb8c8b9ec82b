/**
 * The dossier: what a marketer needs after vetting, to decide and negotiate. Facts only (counts,
 * shares, names, dates, sources); the card, the side panel, the exports and `npm run vet` turn them
 * into words. Every figure says how much it rests on; below a minimum sample a figure is left out,
 * never guessed.
 */

/** One language's share of the texts whose language could be told. */
export interface LanguageShare {
  /** ISO 639-1. */
  language: string;
  count: number;
  /** Of the texts whose language was told (0–1). */
  share: number;
}

/** Languages of a set of texts (comments, captions), with the sample they rest on. */
export interface LanguageSample {
  /** Texts seen, and on how many posts. */
  texts: number;
  posts: number;
  /** Texts long and clear enough for a language to be told. */
  told: number;
  /** Null below the minimum sample: too few to say. */
  languages: LanguageShare[] | null;
  /** The minimum of texts told this needs. */
  minimum: number;
}

export interface AudienceSignals {
  /** The comments seen on the creator's post and video pages. */
  comments: LanguageSample;
  /** The creator's own captions. */
  captions: LanguageSample;
  /** Places tagged on posts, most tagged first; `postsWithPlace` of `posts` seen carried one. */
  places: { names: Array<{ name: string; posts: number }>; postsWithPlace: number; posts: number };
  /** A location the bio states ("📍 Baku", "Based in Baku"), or the profile's business address city. */
  bioLocation: string | null;
  /** Always false: no page shows where followers are. Said, not guessed. */
  followerLocationsVisible: false;
}

export interface SponsoredPost {
  id: string;
  url: string | null;
  publishedAt: string | null;
  /** What marks it: the platform's label, a disclosure tag or words, a promo code, a tracking link. */
  signals: Array<'label' | 'disclosure' | 'code' | 'tracking-link'>;
  brands: string[];
  codes: string[];
}

export interface SponsorshipHistory {
  /** Posts seen (the merged creator's posts). */
  postsSeen: number;
  /** Posts disclosed as paid: the platform's label or an #ad-style tag. */
  sponsored: SponsoredPost[];
  /** sponsored ÷ postsSeen (0–1), or null with no posts. */
  share: number | null;
  /** Brands named (@mentions) in sponsored posts, with the dates of those posts, newest first. */
  brands: Array<{ name: string; dates: string[]; posts: number }>;
  /** Brands of the active brief's competitors found in sponsored posts. */
  competitors: string[];
  /** Posts that read like a promotion (code, tracking link, "link in bio" with a brand) and disclose nothing. */
  undisclosed: Array<{ id: string; url: string | null; cue: string }>;
  /** Posts promoting the creator's own shop, merchandise or channels: not sponsors. */
  ownPromotions: number;
}

export interface PriceSource {
  source: string;
  year: number;
  url: string;
}

/** Content formats a price range is for. */
export type PriceFormat = 'instagram-reel' | 'instagram-post' | 'instagram-story' | 'tiktok-video' | 'youtube-long' | 'youtube-shorts';

export interface PriceRange {
  /** Content format the range is for (Instagram reel or post, TikTok video, YouTube long video or Short). */
  format: PriceFormat;
  low: number;
  high: number;
  cpm: { low: number; high: number };
  sources: PriceSource[];
}

export interface FairPrice {
  /** Per post, across the formats the creator was seen in: the lowest low and highest high. */
  low: number;
  high: number;
  currency: 'USD';
  /** What the views figure is: the median views per post seen, or followers × published reach. */
  basis: 'median-views' | 'reach-estimate';
  /** Expected views per post (a range where it is an estimate). */
  views: { low: number; high: number; posts: number };
  perFormat: PriceRange[];
  sources: PriceSource[];
}

export interface PublicContact {
  /** Emails written in the bio, and the profile's public business email where the page gives it. */
  emails: string[];
  phones: string[];
  /** Links from the bio and header. */
  links: string[];
}

export interface GrowthSignals {
  /** Followers gained per day between the first and last visits with a count, or null with one. */
  followersPerDay: number | null;
  /** The published plausible ceiling it is compared with. */
  ceiling: { perDay: number; source: string; year: number };
  aboveCeiling: boolean;
  /** Between which visits. */
  span: { from: string; to: string; days: number } | null;
  /** Posts whose views or likes fell between two visits: engagement the platform removed. */
  drops: Array<{ id: string; url: string | null; metric: 'views' | 'likes'; before: number; after: number; from: string; to: string }>;
}

export interface Dossier {
  audience: AudienceSignals;
  sponsorships: SponsorshipHistory;
  /** Null when neither views nor followers are known. */
  price: FairPrice | null;
  contact: PublicContact;
  growth: GrowthSignals;
}
