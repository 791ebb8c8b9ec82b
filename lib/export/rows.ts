import type { CampaignData } from '../storage/campaigns';
import { estimateCampaign, type CampaignEstimate, type CreatorEstimate } from '../campaign/estimates';
import type { Campaign, CampaignCreator } from '../campaign/schema';
import { effectivePromoCodes, trackingLinks } from '../campaign/tracking';
import type { CreatorRecord, StoredVerdict } from '../storage/records';
import { safeHttpUrl } from '../urls';
import { fairPrice } from '../dossier/price';
import type { FairPrice } from '../dossier/types';
import type { ProfileSnapshot } from '../snapshot';

/** One creator's line in every export: campaign terms, stored numbers, estimates and tracking. */
export interface ExportRow {
  creator: CampaignCreator;
  record: CreatorRecord | null;
  estimate: CreatorEstimate;
  profileUrl: string | null;
  trackingLink: string | null;
  promoCode: string;
  /** A fair price per post from the latest visit's views or followers (lib/dossier/price.ts), or null. */
  fairPrice?: FairPrice | null;
  /** The latest snapshot, where there is one: the creator's own words (the language of their brief). */
  snapshot?: ProfileSnapshot | null;
  /** The flags the marketer explained (lib/verdicts), oldest first. */
  verdicts?: StoredVerdict[];
}

export interface CampaignExport {
  campaign: Campaign;
  estimate: CampaignEstimate;
  rows: ExportRow[];
}

/** Brings a campaign and its stored data together; the single source for CSV, Markdown and the UI. */
export function buildCampaignExport(campaign: Campaign, data: CampaignData): CampaignExport {
  const estimate = estimateCampaign(campaign, data.latest);
  const codes = effectivePromoCodes(campaign);
  const linkFor = trackingLinks(campaign.landingUrl, campaign);
  const rows = campaign.creators.map((creator, i) => {
    const record = data.records.get(creator.creatorKey) ?? null;
    const latestSnapshot = data.latest.get(creator.creatorKey);
    const verdicts = data.verdicts?.get(creator.creatorKey);
    let price: FairPrice | null | undefined;
    return {
      creator,
      record,
      estimate: estimate.creators[i]!,
      // Checked again here: every export (CSV, Markdown, JSON view) writes only http(s) links.
      profileUrl: safeHttpUrl(latestSnapshot?.url ?? record?.url ?? null),
      trackingLink: safeHttpUrl(linkFor(creator)),
      promoCode: codes[i]!,
      // Worked out when first read: the campaign view shows it, the CSV and Markdown files do not.
      get fairPrice(): FairPrice | null {
        if (price === undefined) price = latestSnapshot ? fairPrice(latestSnapshot) : null;
        return price;
      },
      snapshot: latestSnapshot ?? null,
      verdicts: verdicts?.length ? [...verdicts].sort((a, b) => a.explainedAt.localeCompare(b.explainedAt)) : [],
    };
  });
  return { campaign, estimate, rows };
}

/** Lets the browser paint between chunks of long work. */
export function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
