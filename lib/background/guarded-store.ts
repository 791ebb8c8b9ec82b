import type { ForgetItem } from '../messages';
import type { Scores } from '../scoring/types';
import type { ProfileSnapshot } from '../snapshot';
import type { VetlensDB } from '../storage/db';
import { forgetVisits } from '../storage/forget';
import { storeVisit } from '../storage/visits';
import { RateLedger, memoryRateStore, type RateStore } from './rates';

/**
 * The worker's writes of visits, through the flood limits and the tabs' journal (lib/background/
 * rates.ts): what a tab stores, what it may replace, and what a flood's takeback removes.
 */
interface GuardDeps {
  db: VetlensDB;
  rateStore?: RateStore;
  now?: () => number;
}
type Score = (snapshot: ProfileSnapshot) => Promise<Scores>;

const ledgers = new WeakMap<GuardDeps, RateLedger>();
async function ledgerOf(deps: GuardDeps): Promise<RateLedger> {
  let ledger = ledgers.get(deps);
  if (!ledger) ledgers.set(deps, (ledger = new RateLedger(deps.rateStore ?? memoryRateStore())));
  await ledger.ready();
  return ledger;
}
const nowOf = (deps: GuardDeps) => deps.now?.() ?? Date.now();

async function storeOwn(deps: GuardDeps, ledger: RateLedger, tab: number, snapshot: ProfileSnapshot, scores: Scores, now: number): Promise<void> {
  const stored = await storeVisit(deps.db, snapshot, scores, { mayReplace: (rowId) => ledger.owns(tab, rowId) });
  ledger.note(tab, stored, snapshot.capturedAt, now);
  await ledger.persist(now);
}

/**
 * Stores a tab's visit within the limits: `flood` when the tab is held or has just gone over its
 * budget (what it added since its first creator is then taken back), `skipped` when the creator's
 * visits are written too often (the card still gets its scores), else `stored`.
 */
export async function storeWithinLimits(
  deps: GuardDeps,
  visit: { tab: number; key: string; snapshot: ProfileSnapshot; scores: Scores; known: boolean; personActive: boolean },
  score: Score,
): Promise<'flood' | 'skipped' | 'stored'> {
  const ledger = await ledgerOf(deps);
  const now = nowOf(deps);
  const { tab, snapshot, scores } = visit;
  const admission = ledger.admit(tab, visit.key, visit.known, visit.personActive, now);
  if (admission === 'flood') {
    const taken = ledger.takeBack(tab, null);
    await ledger.persist(now);
    if (taken.length > 0) await forgetVisits(deps.db, taken, score);
    return 'flood';
  }
  if (admission === 'skip') return 'skipped';
  await storeOwn(deps, ledger, tab, snapshot, scores, now);
  return 'stored';
}

/** Stores a visit outside the rates (the person's own shortlist click), still only into the tab's own rows. */
export async function storeTabVisit(deps: GuardDeps, tab: number, snapshot: ProfileSnapshot, scores: Scores): Promise<void> {
  await storeOwn(deps, await ledgerOf(deps), tab, snapshot, scores, nowOf(deps));
}

/** A flood's takeback: of the listed visits, only the rows this tab wrote itself. Returns how many went. */
export async function takeBackTab(deps: GuardDeps, tab: number, items: readonly ForgetItem[], score: Score): Promise<number> {
  const ledger = await ledgerOf(deps);
  const rows = ledger.takeBack(tab, items);
  await ledger.persist(nowOf(deps));
  return forgetVisits(deps.db, rows, score);
}
