import { useEffect, useState } from 'preact/hooks';
import { dossierWithStore } from '../../../lib/storage/scoring';
import type { Dossier } from '../../../lib/dossier/types';
import type { I18n } from '../../../lib/i18n/translate';
import { importBrandFit } from '../../../lib/scoring/load-brand-fit';
import type { ProfileSnapshot } from '../../../lib/snapshot';
import type { VetlensDB } from '../../../lib/storage/db';

/** The creator's dossier, worked out from the newest stored visit and those before it; null until then. */
export function useCreatorDossier(db: VetlensDB, creatorKey: string, latest: ProfileSnapshot | null, i18n: I18n): Dossier | null {
  const [dossier, setDossier] = useState<Dossier | null>(null);
  useEffect(() => {
    let live = true;
    if (latest) void dossierWithStore(db, latest, i18n, importBrandFit, 'always').then((d) => live && setDossier(d));
    else setDossier(null);
    return () => {
      live = false;
    };
  }, [latest?.capturedAt, creatorKey]);
  return dossier;
}
