import type { Campaign, CampaignCreator } from '../schema';
import { effectivePromoCodes, slugify, trackingLink, transliterate } from '../tracking';

/**
 * How a row of a shop's or an analytics file, or a post's caption, is told to belong to a creator:
 * by the promo code, or by the tracking link's own utm parameters.
 *
 * Codes match regardless of case, surrounding spaces, quotes and trailing punctuation ("ana10.",
 * " ANA10 ", "«Ana10»!" are all ANA10); letters are written as the codes were issued (ə → E).
 */
export function normalizeCode(text: string): string {
  return transliterate(text.normalize('NFKC'))
    .trim()
    .replace(/^["'«»“”‘’`([{<]+|["'«»“”‘’`)\]}>.,;:!?…]+$/gu, '')
    .trim()
    .toUpperCase();
}

/** utm values compare without case or surrounding spaces; "+" and %20 are spaces, as in a query. */
export function normalizeUtm(text: string): string {
  let value = text.trim();
  try {
    value = decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    // A stray "%" is kept as written.
  }
  return value.trim().toLowerCase();
}

/** The utm_campaign and utm_content a link carries; a link without a scheme ("shop.example/x?…") is read as https. */
export function utmOf(link: string): { campaign: string | null; content: string | null } | null {
  const text = link.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  const get = (name: string) => {
    const value = url.searchParams.get(name);
    return value === null || value.trim() === '' ? null : normalizeUtm(value);
  };
  return { campaign: get('utm_campaign'), content: get('utm_content') };
}

/** What identifies one creator of a campaign in files and captions. */
export interface CreatorKeys {
  creatorKey: string;
  /** Normalised promo code. */
  code: string;
  /** The creator's utm_content, normalised. */
  utmContent: string;
  trackingLink: string | null;
}

export interface CampaignKeys {
  /** The campaign's utm_campaign, normalised. */
  utmCampaign: string;
  creators: CreatorKeys[];
}

/** The utm_content a creator's tracking link carries (lib/campaign/tracking.ts). */
function creatorUtmContent(creator: Pick<CampaignCreator, 'handle' | 'creatorKey'>): string {
  return (creator.handle ?? creator.creatorKey).toLowerCase().slice(0, 100);
}

export function campaignKeys(campaign: Campaign): CampaignKeys {
  const codes = effectivePromoCodes(campaign);
  return {
    utmCampaign: normalizeUtm(slugify(campaign.name) || slugify(campaign.id) || 'campaign'),
    creators: campaign.creators.map((c, i) => ({
      creatorKey: c.creatorKey,
      code: normalizeCode(codes[i]!),
      utmContent: normalizeUtm(creatorUtmContent(c)),
      trackingLink: trackingLink(campaign.landingUrl, campaign, c),
    })),
  };
}

/** Several codes in one cell, as WooCommerce lists an order's coupons ("ana10, summer"). */
export function splitCodes(cell: string): string[] {
  return cell
    .split(/[,;|\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}
