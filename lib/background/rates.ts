import * as z from 'zod/mini';
import type { ForgetItem } from '../messages';
import type { ForgetRow } from '../storage/forget';
import type { StoredVisit } from '../storage/visits';

/**
 * The worker's side of flood limits: how fast each tab may add creators and how often one creator's
 * visits are written, and a journal of the rows each tab wrote. A content script limits its own
 * document (lib/content/limits.ts); a page that reloads itself gets a fresh document each time,
 * so these counts live in the worker and are kept in `chrome.storage.session`, which outlives the
 * worker being stopped (and is cleared with the browser session, when tab ids start again).
 *
 * A person's pace and a script's differ in shape, not only in speed:
 *  - A person opens many tabs at once (a list of creators, middle-clicked): each tab's first creator
 *    is free, however many tabs come at once. Scripts cannot open tabs without the person's click.
 *  - In one tab a person moves on by clicking or scrolling: with their input just before (the
 *    content script sees trusted events only), a tab may add PERSON_NEW creators a minute.
 *  - Without input (a page loading, or switching creators by itself) only SCRIPTED_NEW a minute:
 *    a page that reloads itself into a new creator each time is held after that many, and what it
 *    added since its first creator is taken back.
 *  - One creator's visits are written at most CREATOR_WRITES times a minute, from all tabs; beyond
 *    that the card still shows its scores but nothing is written. (Visits within a short time also
 *    merge: lib/storage/visits.ts.)
 * A tab only ever replaces or folds into rows it wrote itself, so a takeback removes only its own.
 */
export const RATES = {
  windowMs: 60_000,
  personNew: 30,
  scriptedNew: 8,
  /** Beyond each tab's first creator, all tabs together. */
  allNew: 120,
  creatorWrites: 20,
  /** How long a flooding tab stays held (its page can only reload into more of the same). */
  holdMs: 10 * 60_000,
  /** How long a tab's rows stay its own: a visit's length (SAME_VISIT_MS), the reach of merges and takebacks. */
  journalMs: 30 * 60_000,
  maxJournal: 3000,
  maxTabs: 1000,
} as const;

const Times = z.array(z.number());
const TabSchema = z.object({ first: z.boolean(), person: Times, scripted: Times, heldUntil: z.number() });
const EntrySchema = z.object({
  tab: z.number(),
  key: z.string(),
  rowId: z.number(),
  createdCreator: z.boolean(),
  /** The tab's first creator: a page the person opened, never taken back by the worker's own alarm. */
  first: z.boolean(),
  /** The snapshot times written to the row (one, or several when the tab re-read the page). */
  captured: z.array(z.string()),
  at: z.number(),
});
const LedgerSchema = z.object({
  tabs: z.record(z.string(), TabSchema),
  journal: z.array(EntrySchema),
  all: Times,
  writes: z.record(z.string(), Times),
});
type LedgerState = z.infer<typeof LedgerSchema>;
type TabRecord = z.infer<typeof TabSchema>;

/** Where the ledger is kept between worker runs. */
export interface RateStore {
  load(): Promise<unknown>;
  save(state: unknown): Promise<void>;
}

/** Kept in memory only: tests, and a browser without session storage. */
export function memoryRateStore(): RateStore {
  let saved: unknown = null;
  return {
    load: () => Promise.resolve(saved),
    save: (state) => {
      saved = structuredClone(state);
      return Promise.resolve();
    },
  };
}

/** `chrome.storage.session` (extension pages and the worker only; content scripts cannot read it). */
export function sessionRateStore(area: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }): RateStore {
  const KEY = 'vetlens-rates';
  return {
    load: async () => (await area.get(KEY))[KEY] ?? null,
    save: (state) => area.set({ [KEY]: state }),
  };
}

export type Admission = 'store' | 'skip' | 'flood';

const emptyState = (): LedgerState => ({ tabs: {}, journal: [], all: [], writes: {} });
const within = (times: number[], now: number) => times.filter((t) => now - t < RATES.windowMs);

export class RateLedger {
  private state: LedgerState = emptyState();
  private loading: Promise<void> | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly store: RateStore) {}

  /** Loads what an earlier run of the worker kept; anything unreadable starts afresh. */
  ready(): Promise<void> {
    return (this.loading ??= this.store.load().then(
      (raw) => {
        const parsed = LedgerSchema.safeParse(raw);
        if (parsed.success) this.state = parsed.data;
      },
      () => undefined,
    ));
  }

  private tab(tab: number, now: number): TabRecord {
    const id = String(tab);
    let record = this.state.tabs[id];
    if (!record) {
      const ids = Object.keys(this.state.tabs);
      if (ids.length >= RATES.maxTabs) {
        // Tabs long closed go first: the ones with nothing recent.
        for (const old of ids) {
          const r = this.state.tabs[old]!;
          if (r.heldUntil < now && within([...r.person, ...r.scripted], now).length === 0) delete this.state.tabs[old];
        }
      }
      record = { first: false, person: [], scripted: [], heldUntil: 0 };
      this.state.tabs[id] = record;
    }
    record.person = within(record.person, now);
    record.scripted = within(record.scripted, now);
    return record;
  }

  /**
   * Whether a visit may be stored: `flood` when the tab is held or has just gone over its budget of
   * new creators (the caller then takes back its rows), `skip` when the creator's visits are written
   * too often, else `store`.
   */
  admit(tab: number, key: string, known: boolean, personActive: boolean, now: number): Admission {
    const record = this.tab(tab, now);
    if (record.heldUntil > now) return 'flood';
    if (!known && record.first) {
      this.state.all = within(this.state.all, now);
      const times = personActive ? record.person : record.scripted;
      const limit = personActive ? RATES.personNew : RATES.scriptedNew;
      if (times.length >= limit || record.person.length + record.scripted.length >= RATES.personNew || this.state.all.length >= RATES.allNew) {
        record.heldUntil = now + RATES.holdMs;
        return 'flood';
      }
      times.push(now);
      this.state.all.push(now);
    }
    const writes = within(this.state.writes[key] ?? [], now);
    if (writes.length >= RATES.creatorWrites) return 'skip';
    writes.push(now);
    this.state.writes[key] = writes;
    return 'store';
  }

  /** Whether the tab wrote this row (and so may replace it or fold into it). */
  owns(tab: number, rowId: number): boolean {
    return this.state.journal.some((e) => e.tab === tab && e.rowId === rowId);
  }

  /** Notes a row the tab wrote. */
  note(tab: number, visit: StoredVisit, capturedAt: string, now: number): void {
    if (visit.rowId === null) return;
    const record = this.tab(tab, now);
    const first = !record.first;
    record.first = true;
    const entry = this.state.journal.find((e) => e.tab === tab && e.rowId === visit.rowId);
    if (entry) {
      entry.captured = [...entry.captured, capturedAt].slice(-20);
      entry.at = now;
    } else {
      this.state.journal.push({ tab, key: visit.key, rowId: visit.rowId, createdCreator: visit.createdCreator, first, captured: [capturedAt], at: now });
    }
  }

  /**
   * Takes the tab's rows out of the journal for a takeback: those the content script lists (by
   * creator and time), or on the worker's own alarm every row since its first creator.
   */
  takeBack(tab: number, items: readonly ForgetItem[] | null): ForgetRow[] {
    const taken = this.state.journal.filter(
      (e) => e.tab === tab && (items ? items.some((i) => i.creatorKey === e.key && e.captured.includes(i.capturedAt)) : !e.first),
    );
    this.state.journal = this.state.journal.filter((e) => !taken.includes(e));
    return taken.map((e) => ({ creatorKey: e.key, capturedAt: e.captured.at(-1)!, id: e.rowId }));
  }

  /** Writes the ledger to its store; the answer to a message waits for it, so a stopped worker loses nothing. */
  persist(now: number): Promise<void> {
    this.state.journal = this.state.journal.filter((e) => now - e.at < RATES.journalMs).slice(-RATES.maxJournal);
    for (const [key, times] of Object.entries(this.state.writes)) if (within(times, now).length === 0) delete this.state.writes[key];
    const copy = structuredClone(this.state);
    this.saving = this.saving.then(
      () => this.store.save(copy),
      () => this.store.save(copy),
    );
    return this.saving.catch(() => undefined);
  }
}
