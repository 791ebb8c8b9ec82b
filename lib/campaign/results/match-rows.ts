import type { ImportedRow, KeyKind } from './imports';
import { normalizeCode, normalizeUtm, splitCodes, utmOf, type CampaignKeys } from './keys';

/**
 * Which creator an imported row belongs to. A row of another campaign (its utm_campaign is not
 * this campaign's, including GA4's "(not set)", "(direct)" or "(organic)") is set apart from an
 * unknown code or link of this campaign; both are listed to the marketer, never dropped.
 */
type RowMatch = { kind: 'creator'; creatorKey: string } | { kind: 'unknown' } | { kind: 'other-campaign' };

export function matchRow(row: Pick<ImportedRow, 'key' | 'campaign'>, keyKind: KeyKind, keys: CampaignKeys): RowMatch {
  if (keyKind === 'code') {
    for (const code of splitCodes(row.key).map(normalizeCode)) {
      const creator = keys.creators.find((c) => c.code === code);
      if (creator) return { kind: 'creator', creatorKey: creator.creatorKey };
    }
    return { kind: 'unknown' };
  }
  let content: string | null;
  let campaign = row.campaign === null ? null : normalizeUtm(row.campaign);
  if (keyKind === 'link') {
    const utm = utmOf(row.key);
    content = utm?.content ?? null;
    campaign = utm?.campaign ?? campaign;
    if (content === null) {
      // A link without utm parameters matches only a creator's tracking link as written.
      const bare = (url: string) =>
        url
          .trim()
          .toLowerCase()
          .replace(/^https?:\/\//, '')
          .replace(/\/$/, '');
      const creator = keys.creators.find((c) => c.trackingLink !== null && bare(c.trackingLink) === bare(row.key));
      return creator ? { kind: 'creator', creatorKey: creator.creatorKey } : { kind: 'unknown' };
    }
  } else {
    content = normalizeUtm(row.key);
  }
  if (campaign !== null && campaign !== keys.utmCampaign) return { kind: 'other-campaign' };
  const creator = keys.creators.find((c) => c.utmContent === content);
  return creator ? { kind: 'creator', creatorKey: creator.creatorKey } : { kind: 'unknown' };
}
