import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Campaign } from '../../../lib/campaign/schema';
import { loadCampaign, loadCampaignData, saveCampaign, type CampaignData } from '../../../lib/storage/campaigns';
import type { VetlensDB } from '../../../lib/storage/db';
import { canonical } from '../../../lib/team/layout';
import { rebaseEdits } from '../../../lib/team/merge';

/**
 * A stored campaign and the creators' stored data its numbers come from, loaded with progress
 * (a campaign of thousands of creators takes a moment). `missing` when it no longer exists.
 *
 * The campaign follows the store while it is open (a teammate's edit arrives through the team
 * workspace), and `save` writes only what the marketer changed onto the campaign as stored then.
 */
export function useStoredCampaign(db: VetlensDB, campaignId: string) {
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [data, setData] = useState<CampaignData | null>(null);
  const [missing, setMissing] = useState(false);
  const [loading, setLoading] = useState<{ done: number; total: number } | null>(null);
  // The campaign as last read from or written to the store, and the one each edit started from.
  const stored = useRef<Campaign | null>(null);
  const editBase = useRef(new WeakMap<Campaign, Campaign>());

  useEffect(() => {
    let live = true;
    void (async () => {
      const loaded = await loadCampaign(db, campaignId);
      if (!live) return;
      if (!loaded) return setMissing(true);
      stored.current = loaded;
      setCampaign(loaded);
      const loadedData = await loadCampaignData(db, loaded, (done, total) => live && setLoading({ done, total }));
      if (live) setData(loadedData);
    })();
    const subscription = liveQuery(() => loadCampaign(db, campaignId)).subscribe((latest) => {
      const known = stored.current;
      if (!live || !latest || !known || canonical(latest) === canonical(known)) return;
      stored.current = latest;
      setCampaign((shown) => (shown ? rebaseEdits(known, shown, latest) : latest));
    });
    return () => {
      live = false;
      subscription.unsubscribe();
    };
  }, [campaignId]);

  /** An edit made in the editor: shown at once, remembered with the stored campaign it started from. */
  const edit = (next: Campaign) => {
    if (stored.current) editBase.current.set(next, stored.current);
    setCampaign(next);
  };
  const save = async (next: Campaign): Promise<Campaign> => {
    const saved = await db.transaction('rw', db.campaigns, async () => {
      const base = editBase.current.get(next);
      const current = await loadCampaign(db, campaignId);
      return saveCampaign(db, base && current ? rebaseEdits(base, next, current) : next);
    });
    stored.current = saved;
    return saved;
  };

  return { campaign, setCampaign: edit, save, data, missing, loading };
}
