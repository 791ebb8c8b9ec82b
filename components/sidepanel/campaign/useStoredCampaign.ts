import { useEffect, useState } from 'preact/hooks';
import type { Campaign } from '../../../lib/campaign/schema';
import { loadCampaign, loadCampaignData, type CampaignData } from '../../../lib/storage/campaigns';
import type { VetlensDB } from '../../../lib/storage/db';

/**
 * A stored campaign and the creators' stored data its numbers come from, loaded with progress
 * (a campaign of thousands of creators takes a moment). `missing` when it no longer exists.
 */
export function useStoredCampaign(db: VetlensDB, campaignId: string) {
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [data, setData] = useState<CampaignData | null>(null);
  const [missing, setMissing] = useState(false);
  const [loading, setLoading] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const loaded = await loadCampaign(db, campaignId);
      if (!live) return;
      if (!loaded) return setMissing(true);
      setCampaign(loaded);
      const loadedData = await loadCampaignData(db, loaded, (done, total) => live && setLoading({ done, total }));
      if (live) setData(loadedData);
    })();
    return () => {
      live = false;
    };
  }, [campaignId]);

  return { campaign, setCampaign, data, missing, loading };
}
