import type { VetlensDB } from '../storage/db';
import type { I18n } from '../i18n/translate';
import type { BrandFitLoader } from '../scoring/score';
import { dossierWithStore, loadStoredForScoring, scoreWithStore } from '../storage/scoring';
import { describeStorageError } from '../storage/errors';
import { boundSnapshot } from '../bounds';
import { compactCreatorHistory } from '../storage/compaction';
import { isShortlisted, setShortlisted } from '../storage/shortlists';
import { storeTabVisit, storeWithinLimits, takeBackTab } from './guarded-store';
import type { RateStore } from './rates';
import { creatorKey, type ProfileSnapshot } from '../snapshot';
import { lookAlikeOf } from '../handle-display';
import type { ReadyTabState } from '../messages';
import { contentToWorker, type workerToCard } from '../protocol/channels';
import { handleRequest, type Answer, type Handlers, type MessageName, type MessageSender, type Request } from '../protocol/define';

/** Services handed in by the entrypoint, so this logic runs in tests without a browser. */
export interface BackgroundDeps {
  db: VetlensDB;
  i18n: I18n;
  /** This extension's id: messages from any other sender are refused. */
  extensionId: string;
  /** Hosts whose content scripts may send `content-to-worker:*` messages. */
  contentHosts: readonly string[];
  /** Brand fit's code (language detection, text search, the category list), loaded only while a brief is active. */
  loadBrandFit: BrandFitLoader;
  /**
   * Opens the side panel on its Briefs tab for the card's link. Called before anything is awaited,
   * so the browser still sees the person's click (the side panel opens only on a user action).
   */
  openBriefs?(tabId: number | undefined): Promise<void>;
  /**
   * Sends a tab's scored state straight to its card (workerToCard), beside the answer to the content
   * script: the card draws it one hop sooner. Absent in tests of the worker alone.
   */
  tellCard?(scored: Request<typeof workerToCard, 'scored'>): void;
  /** Where the flood limits are kept between worker runs (lib/background/rates.ts); memory when absent. */
  rateStore?: RateStore;
  now?: () => number;
}

function senderIsContentScript(sender: MessageSender, deps: BackgroundDeps): boolean {
  if (sender.id !== deps.extensionId || !sender.tab || !sender.url) return false;
  try {
    return deps.contentHosts.includes(new URL(sender.url).hostname);
  } catch {
    return false;
  }
}

/**
 * When each creator's history was last compacted by this worker, per database (a history compacted
 * in one database says nothing of another): once in a while is enough.
 */
const compactions = new WeakMap<VetlensDB, Map<string, number>>();
const COMPACT_EVERY_MS = 10 * 60_000;

async function compactNow(db: VetlensDB, key: string): Promise<void> {
  const now = Date.now();
  let compactedAt = compactions.get(db);
  if (!compactedAt) compactions.set(db, (compactedAt = new Map<string, number>()));
  if (now - (compactedAt.get(key) ?? -Infinity) < COMPACT_EVERY_MS) return;
  compactedAt.set(key, now);
  if (compactedAt.size > 1000) compactedAt.delete(compactedAt.keys().next().value!);
  // Compaction only tidies: the visit is stored whether or not it succeeds.
  await compactCreatorHistory(db, key, now).catch(() => 0);
}

/** Any answer the worker gives a content script. */
export type WorkerAnswer = Answer<typeof contentToWorker, MessageName<typeof contentToWorker>>;

/** What the worker does with each message of its content scripts (the sender is checked before). */
export function workerHandlers(deps: BackgroundDeps): Handlers<typeof contentToWorker, MessageSender> {
  const score = (snapshot: ProfileSnapshot) => scoreWithStore(deps.db, snapshot, deps.i18n, deps.loadBrandFit);
  return {
    async snapshot(message, sender) {
      // Cut to the size limits here too: what is stored never depends on the sender having done it.
      const snapshot = boundSnapshot(message.snapshot);
      const key = creatorKey(snapshot);
      // The store's reads run together; what they give is used only once the rate allows the creator.
      // The creator's earlier visits and the settings are read once, for the scores and the dossier both.
      const stored = loadStoredForScoring(deps.db, snapshot);
      const [known, scores, shortlisted, storedKeys, dossier] = await Promise.all([
        deps.db.creators.get(key).then(Boolean),
        scoreWithStore(deps.db, snapshot, deps.i18n, deps.loadBrandFit, stored),
        isShortlisted(deps.db, key),
        deps.db.creators.toCollection().primaryKeys(),
        dossierWithStore(deps.db, snapshot, deps.i18n, deps.loadBrandFit, 'with-brief', stored),
      ]);
      const visit = { tab: sender.tab?.id ?? -1, key, snapshot, scores, known, personActive: message.personActive ?? false };
      if ((await storeWithinLimits(deps, visit, score)) === 'flood') return { ok: false, error: deps.i18n.t('overlay_flood') };
      // Compaction only tidies older visits: the card does not wait for it.
      void compactNow(deps.db, key);
      // A handle that looks like another stored creator's ("nаsa" with a Cyrillic а) is said on the card.
      const lookAlike = lookAlikeOf(snapshot.handle ? `${snapshot.platform}:${snapshot.handle}` : key, storedKeys);
      const ready: ReadyTabState = {
        status: 'ready',
        creatorKey: key,
        report: { snapshot, scores, dossier },
        shortlisted,
        ...(lookAlike ? { lookAlikeOf: lookAlike } : {}),
      };
      // The card of the content script's own tab (its top frame) hears it first; the content script's relay follows.
      if (message.cardRequest !== undefined && sender.tab?.id !== undefined && sender.frameId === 0) {
        deps.tellCard?.({ tab: sender.tab.id, cardRequest: message.cardRequest, state: ready });
      }
      const { status: _status, ...answer } = ready;
      return { ok: true, ...answer };
    },
    async 'shortlist-set'(message, sender) {
      const snapshot = boundSnapshot(message.snapshot);
      const key = creatorKey(snapshot);
      if (key !== message.creatorKey) return { ok: false, error: 'creator key does not match the snapshot' };
      if (!(await deps.db.creators.get(key))) {
        // Like any visit, only into rows this tab wrote (lib/background/rates.ts).
        await storeTabVisit(deps, sender.tab?.id ?? -1, snapshot, await score(snapshot));
      }
      return { ok: true, shortlisted: await setShortlisted(deps.db, key, message.shortlisted) };
    },
    async 'open-briefs'(_message, sender) {
      if (!deps.openBriefs) return { ok: false, error: 'the side panel cannot be opened here' };
      await deps.openBriefs(sender.tab?.id);
      return { ok: true };
    },
    // Only rows this tab wrote itself: never another tab's visit, whatever the items name.
    async forget(message, sender) {
      return { ok: true, forgotten: await takeBackTab(deps, sender.tab?.id ?? -1, message.items, score) };
    },
  };
}

/**
 * The background's one handler of its content scripts' messages. Checks the sender, then the message
 * (lib/protocol/channels.ts), before acting, and answers with a plain object (never throws across the channel).
 */
export async function handleMessage(raw: unknown, sender: MessageSender, deps: BackgroundDeps): Promise<WorkerAnswer> {
  if (!senderIsContentScript(sender, deps)) {
    return { ok: false, error: 'refused: sender is not a Vetlens content script' };
  }
  const handled = handleRequest(contentToWorker, workerHandlers(deps), raw, sender);
  if (!handled.ok) return { ok: false, error: `invalid message: ${handled.error.slice(0, 500)}` };
  try {
    return await handled.answer;
  } catch (error) {
    return { ok: false, error: describeStorageError(error, deps.i18n) };
  }
}
