import { useEffect, useState } from 'preact/hooks';
import { scoreWithStore } from '../../../lib/storage/scoring';
import type { VetlensDB } from '../../../lib/storage/db';
import type { I18n } from '../../../lib/i18n/translate';
import type { Scores } from '../../../lib/scoring/types';
import type { ProfileSnapshot } from '../../../lib/snapshot';
import { importBrandFit } from '../../../lib/scoring/load-brand-fit';

/** The creator's scores with every reason, worked out again from the newest stored visit; null until then, or without one. */
export function useCreatorScores(db: VetlensDB, creatorKey: string, latest: ProfileSnapshot | null, i18n: I18n): Scores | null {
  const [scores, setScores] = useState<Scores | null>(null);
  useEffect(() => {
    let live = true;
    if (latest) void scoreWithStore(db, latest, i18n, importBrandFit).then((s) => live && setScores(s));
    else setScores(null);
    return () => {
      live = false;
    };
  }, [latest?.capturedAt, creatorKey]);
  return scores;
}
