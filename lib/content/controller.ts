import { boundSnapshot } from '../bounds';
import { ObservedMessageSchema, type ForgetItem, type SnapshotResponse, type TabState, type ToggleResponse, type VisibleTabState } from '../messages';
import { OBSERVER_CHANNEL, observedEndpoint } from '../platforms/observe';
import type { PlatformExtractor } from '../platforms/types';
import { creatorKey, type ProfileSnapshot, type UnreadableReason } from '../snapshot';
import { FloodGuard, ObservedBodies } from './limits';

/** Results that are screens in place of the page (not a page still rendering): shown at once. */
const FINAL_REASONS: ReadonlySet<UnreadableReason> = new Set(['login-wall', 'bot-check', 'private', 'account-chooser', 'cookie-wall', 'unavailable']);
/** How long a page may take to render its numbers before it is called unreadable. */
export const UNREADABLE_AFTER_MS = 8000;
/**
 * A DOM change is read at once (leading edge), then at most once per this interval while the
 * site keeps rendering and the card waits for numbers: one frame, so numbers that arrive show within
 * the next frame or two; a page whose read costs more waits longer (READ_SHARE), so a burst of changes
 * costs a few reads, not hundreds.
 */
const READ_INTERVAL_MS = 16;
/** At most this share of the main thread goes to reading while the site renders. */
const READ_SHARE = 0.2;
/** Once the card shows scored numbers, the busy sites' constant DOM changes are read less often. */
const READY_READ_INTERVAL_MS = 1000;

interface ControllerDeps {
  extractor: PlatformExtractor;
  doc: Document;
  win: Window;
  currentUrl(): string;
  /**
   * `firstOfDocument`: the page this document loaded on (no input of the person can be behind it yet).
   * `cardRequest`: this request's number (counting from 1 in this document), for the worker's scored state to the card.
   */
  sendSnapshot(snapshot: ProfileSnapshot, context: { firstOfDocument: boolean; cardRequest: number }): Promise<SnapshotResponse>;
  setShortlisted(key: string, snapshot: ProfileSnapshot, shortlisted: boolean): Promise<ToggleResponse>;
  /**
   * Shows a state; null removes the overlay. `scoredFrom`: the first snapshot request whose scored
   * state the card may show in its place, straight from the worker (CardView.scoredFrom).
   */
  render(state: VisibleTabState | null, scoredFrom: number): void;
  /** Called on each change of the site's DOM (cheap checks only), e.g. to put back a removed card. */
  onSiteChange?(): void;
  /**
   * Asks the background to forget what this tab stored during a flood (creators it had never seen,
   * and the visits written), so nothing of a flood stays.
   */
  forget?(items: ForgetItem[]): Promise<unknown>;
  /** Whether the person has just clicked or typed on the page (the browser's user activation). */
  userActive?(): boolean;
  now?: () => Date;
}

/** The tag of the overlay's shadow host (WXT's createShadowRootUi `name`). */
const OVERLAY_HOST_TAG = 'VETLENS-OVERLAY';

function isOwnMutation(record: MutationRecord): boolean {
  const own = (node: Node) => node.nodeName === OVERLAY_HOST_TAG;
  if (own(record.target) || (record.target as Element).closest?.(OVERLAY_HOST_TAG.toLowerCase())) return true;
  return record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(own) && record.addedNodes.length + record.removedNodes.length > 0;
}

/** A cheap fingerprint of what the overlay shows, to skip re-sending an unchanged snapshot. */
function fingerprint(snapshot: ProfileSnapshot): string {
  // Comments loaded and places tagged change the dossier with the same counts.
  const posts = snapshot.posts.map((p) => `${p.id}:${p.likes}:${p.comments}:${p.views}:${p.commentTexts?.length ?? 0}:${p.place ?? ''}`).join(',');
  // A note that the page's data was set aside changes what the card says, with the same numbers.
  return [
    creatorKey(snapshot),
    snapshot.followers,
    snapshot.following,
    snapshot.postCount,
    snapshot.totalLikes,
    snapshot.verified,
    snapshot.bio?.length,
    snapshot.overruled?.join(','),
    posts,
  ].join('|');
}

/**
 * Follows one tab through in-page navigation. Each creator page gets a generation number; any
 * answer that arrives for an older generation is dropped, so the overlay never shows the previous
 * creator's numbers. No polling: it reacts to location changes, DOM mutations and observed
 * responses, and stops everything on `dispose()`.
 */
export class PageController {
  private readonly deps: ControllerDeps;
  private readonly initialUrl: string;
  private readonly observed = new ObservedBodies();
  private readonly guard = new FloodGuard();
  /** What this tab stored lately, so a flood can take it back. */
  private journal: Array<ForgetItem & { at: number }> = [];
  private flooded = false;
  private generation = 0;
  private pageKey: string | null = null;
  private state: TabState = { status: 'none' };
  private lastSent = '';
  /** Snapshot requests sent in this document, and the latest whose answer was shown (0: none). */
  private requests = 0;
  private answeredRequest = 0;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private lastReadAt = -Infinity;
  /** How long the last read took (ms): the next one waits in proportion. */
  private lastReadCost = 0;
  private lastUrl = '';
  private unreadableTimer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | undefined;
  private disposed = false;

  constructor(deps: ControllerDeps) {
    this.deps = deps;
    this.initialUrl = deps.currentUrl();
  }

  get currentState(): TabState {
    return this.state;
  }

  start(): void {
    this.observer = new MutationObserver((records) => {
      // Our own overlay coming and going is not the site changing.
      if (records.every(isOwnMutation)) return;
      this.deps.onSiteChange?.();
      // A new address is never throttled: the card must not keep another creator's numbers.
      if (this.deps.currentUrl() !== this.lastUrl) this.onLocationChange();
      else this.scheduleRead();
    });
    this.observer.observe(this.deps.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['title', 'content', 'href'],
    });
    this.deps.win.addEventListener('message', this.onWindowMessage);
    this.onLocationChange();
  }

  dispose(): void {
    this.disposed = true;
    this.observer?.disconnect();
    this.deps.win.removeEventListener('message', this.onWindowMessage);
    clearTimeout(this.settleTimer);
    clearTimeout(this.unreadableTimer);
  }

  /** Call on every in-page navigation (and once at start). */
  onLocationChange(): void {
    if (this.disposed || this.flooded) return;
    this.lastUrl = this.deps.currentUrl();
    const url = new URL(this.lastUrl);
    const key = this.deps.extractor.pageKey(url);
    if (key === this.pageKey) {
      this.scheduleRead();
      return;
    }
    // A page switching creators faster than a person browses is a flood, not a visit.
    if (key !== null && !this.guard.allowCreator(Date.now(), this.deps.userActive?.() ?? false)) {
      this.flood();
      return;
    }
    this.observed.newPage(Date.now());
    this.pageKey = key;
    this.generation++;
    this.lastSent = '';
    clearTimeout(this.unreadableTimer);
    if (key === null) {
      this.setState({ status: 'none' });
      return;
    }
    // Show "loading" at once: the previous creator's numbers must not stay on screen.
    this.setState({ status: 'loading', platform: this.deps.extractor.platform });
    const generation = this.generation;
    this.unreadableTimer = setTimeout(() => this.giveUp(generation), UNREADABLE_AFTER_MS);
    this.read();
  }

  async toggleShortlist(): Promise<void> {
    const state = this.state;
    if (state.status !== 'ready' || this.flooded) return;
    const generation = this.generation;
    const response = await this.deps.setShortlisted(state.creatorKey, state.report.snapshot, !state.shortlisted);
    if (generation !== this.generation || !response.ok || this.state.status !== 'ready') return;
    this.setState({ ...this.state, shortlisted: response.shortlisted });
  }

  private readonly onWindowMessage = (event: MessageEvent) => {
    if (this.flooded || event.source !== this.deps.win || event.origin !== this.deps.win.location.origin) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { channel?: unknown }).channel !== OBSERVER_CHANNEL) return;
    const now = Date.now();
    if (!this.guard.allowMessage(now)) {
      this.flood();
      return;
    }
    const parsed = ObservedMessageSchema.safeParse(data);
    if (!parsed.success) return;
    // Only the site's own endpoints: a message claiming any other address is not the site's answer.
    // Sized before anything walks it; a body over the limits is dropped whole.
    if (observedEndpoint(this.deps.extractor.platform, parsed.data.url) === null || !this.observed.add(parsed.data.url, parsed.data.body, now)) {
      if (!this.guard.allowRejected(now)) this.flood();
      return;
    }
    this.scheduleRead();
  };

  private scheduleRead(): void {
    if (this.disposed || this.pageKey === null || this.settleTimer !== undefined) return;
    const interval = this.state.status === 'ready' ? READY_READ_INTERVAL_MS : Math.max(READ_INTERVAL_MS, this.lastReadCost / READ_SHARE);
    const wait = this.lastReadAt + interval - performance.now();
    if (wait <= 0) {
      // Leading edge: mutation callbacks already run after the site's DOM change, so read now.
      this.read();
      return;
    }
    this.settleTimer = setTimeout(() => {
      this.settleTimer = undefined;
      this.read();
    }, wait);
  }

  private read(): void {
    if (this.disposed || this.flooded || this.pageKey === null) return;
    this.lastReadAt = performance.now();
    const href = this.deps.currentUrl();
    const url = new URL(href);
    if (this.deps.extractor.pageKey(url) !== this.pageKey) {
      this.onLocationChange();
      return;
    }
    const result = this.deps.extractor.extract(this.deps.doc, url, {
      observed: this.observed.list(Date.now()),
      capturedAt: (this.deps.now?.() ?? new Date()).toISOString(),
      // The first HTML's JSON describes the first page: stale once the path or the page's key
      // (the video of /watch?v=…) differs.
      embeddedIsStale: new URL(this.initialUrl).pathname !== url.pathname || this.deps.extractor.pageKey(new URL(this.initialUrl)) !== this.pageKey,
    });
    this.lastReadCost = performance.now() - this.lastReadAt;
    if (!result.ok) {
      // Screens that stand in for the page are final until the page changes; anything else may still be rendering.
      if (FINAL_REASONS.has(result.reason)) {
        clearTimeout(this.unreadableTimer);
        this.setState({
          status: 'unreadable',
          platform: this.deps.extractor.platform,
          reason: result.reason,
          detail: result.detail,
          ...(result.pageKind ? { pageKind: result.pageKind } : {}),
        });
      }
      return;
    }
    const snapshot = boundSnapshot(result.snapshot);
    const print = fingerprint(snapshot);
    if (print === this.lastSent) return;
    this.lastSent = print;
    clearTimeout(this.unreadableTimer);
    void this.send(snapshot, this.generation);
  }

  private async send(snapshot: ProfileSnapshot, generation: number): Promise<void> {
    const cardRequest = ++this.requests;
    let response: SnapshotResponse;
    try {
      response = await this.deps.sendSnapshot(snapshot, { firstOfDocument: generation === 1, cardRequest });
    } catch (error) {
      response = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    // The tab's first page came from a real page load, not a script: it is never taken back.
    if (response.ok && generation > 1) this.remember({ creatorKey: response.creatorKey, capturedAt: snapshot.capturedAt });
    // An answer to an earlier request of the page than the one shown is older news: the card keeps the newer.
    if (generation !== this.generation || this.disposed || this.flooded || cardRequest < this.answeredRequest) return;
    this.answeredRequest = cardRequest;
    if (!response.ok) {
      this.setState({ status: 'error', message: response.error }, cardRequest);
      return;
    }
    const lookAlike = response.lookAlikeOf ? { lookAlikeOf: response.lookAlikeOf } : {};
    this.setState({ status: 'ready', creatorKey: response.creatorKey, report: response.report, shortlisted: response.shortlisted, ...lookAlike }, cardRequest);
  }

  /** Keeps a short record of what was stored; after a flood, what was stored is forgotten at once. */
  private remember(item: ForgetItem): void {
    const now = Date.now();
    if (this.flooded) {
      void this.deps.forget?.([item]);
      return;
    }
    this.journal = this.journal.filter((entry) => now - entry.at < FloodGuard.WINDOW_MS);
    this.journal.push({ ...item, at: now });
  }

  /**
   * The page sends more than a person's browsing could: stop reading it for good (until a reload),
   * drop what it sent, take back what it made Vetlens store, and say so on the card.
   */
  private flood(): void {
    if (this.flooded || this.disposed) return;
    this.flooded = true;
    this.generation++;
    this.observer?.disconnect();
    this.deps.win.removeEventListener('message', this.onWindowMessage);
    clearTimeout(this.settleTimer);
    clearTimeout(this.unreadableTimer);
    this.observed.clear();
    const stored = this.journal.map(({ creatorKey: key, capturedAt }) => ({ creatorKey: key, capturedAt }));
    this.journal = [];
    if (stored.length > 0) void this.deps.forget?.(stored);
    this.setState({ status: 'flood', platform: this.deps.extractor.platform });
  }

  private giveUp(generation: number): void {
    if (generation !== this.generation || this.disposed || this.state.status !== 'loading') return;
    const result = this.deps.extractor.extract(this.deps.doc, new URL(this.deps.currentUrl()), {
      observed: this.observed.list(Date.now()),
      embeddedIsStale: true,
    });
    const detail = result.ok ? '' : result.detail;
    const reason = result.ok ? 'unreadable' : result.reason === 'not-profile' ? 'unreadable' : result.reason;
    this.setState({ status: 'unreadable', platform: this.deps.extractor.platform, reason, detail });
  }

  /**
   * `answering`: the request whose answer this state is. The card may then show the worker's scored
   * states of later requests only; any other state (another creator, a shortlist click, a page that
   * cannot be read) leaves none of the requests sent so far to stand in for it.
   */
  private setState(state: TabState, answering?: number): void {
    this.state = state;
    this.deps.render(state.status === 'none' ? null : state, (answering ?? this.requests) + 1);
  }
}
