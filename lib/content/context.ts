import { browser } from 'wxt/browser';

/**
 * What Vetlens's content scripts use of their context: whether the extension is still there, and
 * timers and listeners that end with it. WXT's own ContentScriptContext is listed as the type of a
 * content script's `ctx`; the build replaces that class by this one (lib/build/quiet-context.ts).
 */
export interface ContentContext {
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): () => void;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  setTimeout(handler: () => void, timeout: number): Parameters<typeof clearTimeout>[0];
  setInterval(handler: () => void, timeout: number): Parameters<typeof clearInterval>[0];
}

/** The navigation event's part that is read: where the navigation goes. */
interface NavigateEvent extends Event {
  destination: { url: string };
}

/**
 * A content script's context that says nothing to the page. WXT's context announces each content
 * script to the page (a window message and a CustomEvent named after the extension's id) and stops
 * when a newer one is announced, so a page that replays the announcement stops Vetlens and learns
 * its id. Nothing here is seen by the page or listens to it: the script is invalid only when the
 * extension itself is gone (updated, reloaded or removed), which `browser.runtime.id` tells; the
 * browser never injects a second copy of a content script into a document that has one.
 * `"wxt:locationchange"` is delivered straight to the handler from the Navigation API's `navigate`
 * event (or a check once a second where there is none), never as an event on the page's window.
 */
export class ContentScriptContext implements ContentContext {
  private readonly controller = new AbortController();

  /** The arguments WXT's entry passes (the script's name and its definition) are not needed. */
  constructor(..._definition: unknown[]) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    // `browser.runtime.id` is undefined once the extension is reloaded or removed.
    if (!this.signal.aborted && browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  notifyInvalidated(): void {
    this.controller.abort('Content script context invalidated');
  }

  setTimeout(handler: () => void, timeout: number): ReturnType<typeof setTimeout> {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout: number): ReturnType<typeof setInterval> {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange') {
      this.watchLocation(handler);
      return;
    }
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** Calls `handler` when the page's address changes (before the change is committed, as WXT did). */
  private watchLocation(handler: (event: Event) => void): void {
    let last = location.href;
    const changed = (next: string) => {
      if (next === last) return;
      last = next;
      handler(new Event('locationchange'));
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => changed(new URL((event as NavigateEvent).destination.url).href), { signal: this.signal });
    } else {
      this.setInterval(() => changed(location.href), 1000);
    }
  }
}
