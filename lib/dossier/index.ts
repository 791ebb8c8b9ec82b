import type { BrandBrief } from '../brief';
import { mergeCreator } from '../scoring/merge';
import type { ProfileSnapshot } from '../snapshot';
import { audienceSignals, type LanguageOf } from './audience';
import { publicContact } from './contact';
import { growthSignals } from './growth';
import { fairPrice } from './price';
import { sponsorshipHistory } from './sponsorships';
import type { Dossier } from './types';

export type { Dossier } from './types';
export type { LanguageOf } from './audience';

export interface DossierContext {
  /** Earlier snapshots of the same creator, any order. */
  history?: readonly ProfileSnapshot[];
  brief?: BrandBrief | null;
  /** The language of one text; passed in (the extension asks the browser's detector first). */
  languageOf: LanguageOf;
}

/**
 * The dossier of one creator: everything seen of them merged (as the scores read it), then the
 * audience's visible signals, sponsorship history, a fair price, public contact, and growth and
 * corrections between visits. Pure: data in, facts out.
 */
export function buildDossier(snapshot: ProfileSnapshot, context: DossierContext): Dossier {
  const history = context.history ?? [];
  const creator = mergeCreator(snapshot, history).snapshot;
  return {
    audience: audienceSignals(creator, context.languageOf),
    sponsorships: sponsorshipHistory(creator, context.brief?.competitors ?? []),
    price: fairPrice(creator),
    contact: publicContact(creator),
    growth: growthSignals(snapshot, history),
  };
}

/** Every text whose language the dossier asks for: to detect them ahead (the browser's detector is asynchronous). */
export function dossierTexts(snapshot: ProfileSnapshot, history: readonly ProfileSnapshot[] = []): string[] {
  const creator = mergeCreator(snapshot, history).snapshot;
  return [...new Set(creator.posts.flatMap((p) => [...(p.commentTexts ?? []), ...(p.caption ? [p.caption] : [])]))];
}
