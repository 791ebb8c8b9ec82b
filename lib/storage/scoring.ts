import { buildDossier, dossierTexts, type Dossier } from '../dossier';
import { detectTexts } from '../dossier/languages';
import type { I18n } from '../i18n/translate';
import { scoreSnapshotWith, type BrandFitLoader } from '../scoring/score';
import type { Scores } from '../scoring/types';
import { creatorKey, type ProfileSnapshot } from '../snapshot';
import type { VetlensDB } from './db';
import { loadScoringSettings } from './settings';
import { SCORING_HISTORY, storedSnapshots } from './visits';

/**
 * A creator judged with what the store holds: the stored visits before the snapshot and the active
 * brief and weights. The worker (the card) and the side panel both ask here, so it sits in storage,
 * below both of them.
 */

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

/** The scores of a snapshot, with the creator's earlier visits and the active brief and weights. */
export async function scoreWithStore(
  db: VetlensDB,
  snapshot: ProfileSnapshot,
  i18n: I18n,
  loadBrandFit: BrandFitLoader,
  /** The stored visits and settings, when the caller has read them already (the card's answer reads them once for both). */
  stored: Promise<StoredForScoring> = loadStoredForScoring(db, snapshot),
): Promise<Scores> {
  const { history, settings } = await stored;
  const brandFit = settings.brief ? await loadBrandFit() : null;
  // The browser's detector is asked only when a brief checks languages (see resolveLanguage).
  const browserLanguage =
    brandFit && settings.brief?.languages.length && i18n.detectLanguage ? await i18n.detectLanguage(brandFit.contentProse(snapshot).join('\n')) : null;
  return scoreSnapshotWith(snapshot, { history, brief: settings.brief, weights: settings.weights, browserLanguage }, brandFit);
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
