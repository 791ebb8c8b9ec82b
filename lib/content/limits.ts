import { checkBody } from './body';
import type { ObservedResponse } from '../platforms/types';

/**
 * The response bodies a tab keeps for its extractor: a bounded number, of bounded total size, for a
 * bounded time. Every read walks all of them, so these limits are also the cost of a read.
 */
export class ObservedBodies {
  /** Enough for a profile, its recent posts and a few pages of scrolling. */
  static readonly MAX_BODIES = 40;
  static readonly MAX_NODES = 1_000_000;
  static readonly MAX_CHARS = 32_000_000;
  /** Bodies from before the current creator's page are kept this long (a page may fetch just before it navigates). */
  static readonly MAX_AGE_MS = 3 * 60_000;

  private bodies: Array<ObservedResponse & { nodes: number; chars: number }> = [];
  private pageStartedAt = 0;

  /** Sizes the body first; false (and nothing kept) when it is over the limits or not JSON. */
  add(url: string, body: unknown, at: number): boolean {
    const check = checkBody(body);
    if (!check.ok) return false;
    this.bodies.push({ url, body, at, nodes: check.nodes, chars: check.chars });
    this.prune(at);
    return true;
  }

  /** A new creator's page: bodies older than the page now age out. */
  newPage(at: number): void {
    this.pageStartedAt = at;
    this.prune(at);
  }

  list(now: number): ObservedResponse[] {
    this.prune(now);
    return this.bodies.map(({ url, body, at }) => ({ url, body, at }));
  }

  clear(): void {
    this.bodies = [];
  }

  get size(): number {
    return this.bodies.length;
  }

  private prune(now: number): void {
    this.bodies = this.bodies.filter((b) => b.at >= this.pageStartedAt || now - b.at < ObservedBodies.MAX_AGE_MS);
    let nodes = this.bodies.reduce((sum, b) => sum + b.nodes, 0);
    let chars = this.bodies.reduce((sum, b) => sum + b.chars, 0);
    // The oldest go first.
    while (this.bodies.length > ObservedBodies.MAX_BODIES || nodes > ObservedBodies.MAX_NODES || chars > ObservedBodies.MAX_CHARS) {
      const dropped = this.bodies.shift()!;
      nodes -= dropped.nodes;
      chars -= dropped.chars;
    }
  }
}

/** Event times within a sliding window, at most `limit` of them kept. */
export class RateWindow {
  private times: number[] = [];
  constructor(
    private readonly limit: number,
    private readonly ms: number,
  ) {}

  /** Records an event; false when it is over the limit for the window. */
  allow(now: number): boolean {
    this.times = this.times.filter((t) => now - t < this.ms);
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }
}

/**
 * Notices a page sending more than a person's browsing produces. A person opens a few creators a
 * minute, by clicking; a hostile script can switch creators, or post bodies, hundreds of times a
 * second. Creator switches without a person's input just before (a trusted click, key, scroll or
 * touch, which a script cannot fake: `watchPersonInput`) have a much lower allowance.
 */
export class FloodGuard {
  static readonly WINDOW_MS = 60_000;
  /** Creator switches a minute when the person has just clicked or typed. */
  static readonly ACTIVE_CREATORS = 30;
  /** Creator switches a minute with no input of a person behind them (a script, or Back pressed quickly). */
  static readonly SCRIPTED_CREATORS = 8;
  /** Observed-channel messages per 10 s: a busy page scrolling fetches a few a second at most. */
  static readonly MESSAGES = 150;
  /** Bodies over the limits per minute; the MAIN-world observer never sends one. */
  static readonly REJECTED = 3;

  private readonly creators = new RateWindow(FloodGuard.ACTIVE_CREATORS, FloodGuard.WINDOW_MS);
  private readonly scripted = new RateWindow(FloodGuard.SCRIPTED_CREATORS, FloodGuard.WINDOW_MS);
  private readonly messages = new RateWindow(FloodGuard.MESSAGES, 10_000);
  private readonly rejected = new RateWindow(FloodGuard.REJECTED, FloodGuard.WINDOW_MS);

  allowCreator(now: number, userActive: boolean): boolean {
    if (!this.creators.allow(now)) return false;
    return userActive || this.scripted.allow(now);
  }

  allowMessage(now: number): boolean {
    return this.messages.allow(now);
  }

  allowRejected(now: number): boolean {
    return this.rejected.allow(now);
  }
}

/** Input only a person makes: scripts can dispatch these events, but never trusted ones. */
const PERSON_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** How long after a person's input a creator switch counts as theirs (the browser's activation lasts 5 s too). */
export const PERSON_INPUT_MS = 5_000;

/**
 * Whether a person has just clicked, typed, scrolled or touched the page. Scrolling counts: moving
 * through Shorts or a TikTok feed with the wheel switches creators without a click.
 */
export function watchPersonInput(win: Window, now: () => number = Date.now): { active: () => boolean; stop: () => void } {
  let last = -Infinity;
  const note = (event: Event) => {
    if (event.isTrusted) last = now();
  };
  for (const type of PERSON_EVENTS) win.addEventListener(type, note, { capture: true, passive: true });
  const activation = (win.navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return {
    active: () => now() - last < PERSON_INPUT_MS || activation?.isActive === true,
    stop: () => {
      for (const type of PERSON_EVENTS) win.removeEventListener(type, note, { capture: true });
    },
  };
}
