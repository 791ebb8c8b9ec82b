import { buildDossier, dossierTexts, type Dossier } from '../dossier';
import { detectTexts } from '../dossier/languages';
import type { I18n } from '../i18n/translate';
import type { BrandFitLoader } from '../scoring/score';
import { creatorKey, type ProfileSnapshot } from '../snapshot';
import { loadScoringSettings } from '../storage/settings';
import type { VetlensDB } from '../storage/db';
import { SCORING_HISTORY, storedSnapshots } from '../storage/visits';

export interface StoredForScoring {
  history: ProfileSnapshot[];
  settings: Awaited<ReturnType<typeof loadScoringSettings>>;
}

/** What scoring and the dossier read from the store for a snapshot: its creator's earlier visits and the settings. */
export async function loadStoredForScoring(db: VetlensDB, snapshot: ProfileSnapshot): Promise<StoredForScoring> {
  const [history, settings] = await Promise.all([
    storedSnapshots(db, creatorKey(snapshot), { before: snapshot.capturedAt, limit: SCORING_HISTORY }),
    loadScoringSettings(db),
  ]);
  return { history, settings };
}

/**
 * The dossier of the creator a snapshot shows, with the stored visits and the active brief. The
 * browser's language detector reads the texts; the bundled one joins it where it is loaded anyway
 * (`bundled: 'with-brief'` in the service worker, which loads brand fit's code only for a brief).
 */
export async function dossierWithStore(
  db: VetlensDB,
  snapshot: ProfileSnapshot,
  i18n: I18n,
  loadBrandFit: BrandFitLoader,
  bundled: 'always' | 'with-brief',
  /** The stored visits and settings, when the caller has read them already (the worker's card answer). */
  stored: Promise<StoredForScoring> = loadStoredForScoring(db, snapshot),
): Promise<Dossier> {
  const { history, settings } = await stored;
  const module = bundled === 'always' || settings.brief ? await loadBrandFit() : null;
  const languageOf = await detectTexts(dossierTexts(snapshot, history), {
    browser: i18n.detectLanguage ?? null,
    bundled: module ? (text) => module.textLanguage(text) : null,
  });
  return buildDossier(snapshot, { history, brief: settings.brief, languageOf });
}
