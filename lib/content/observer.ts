import { OBSERVER_CHANNEL, YOUTUBE_NAVIGATE_PSEUDO_URL, observedEndpoint } from '../platforms/observe';
import { platformForHost } from '../platforms/hosts';
import { BODY_LIMITS, checkBody } from './body';

/** Largest response body copied: bigger ones are not profile data and would cost the page time. */
const MAX_BODY_CHARS = BODY_LIMITS.chars;

function parseJsonBody(text: string): unknown {
  // Some Instagram endpoints prefix their JSON with an anti-hijacking guard.
  const trimmed = text.replace(/^\s*for\s*\(;;\);/, '');
  if (trimmed.length > MAX_BODY_CHARS) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

/**
 * Runs in the page's own (MAIN) world at document_start. It wraps fetch and XMLHttpRequest so that
 * the JSON responses the page's own scripts receive from the few endpoints that carry profile
 * numbers are copied to the isolated content script. It sends no request of its own and changes
 * nothing the page sees: the page gets the original response, and we read a clone.
 */
export function installResponseObserver(win: Window & typeof globalThis): () => void {
  const platform = platformForHost(win.location.hostname);
  if (!platform) return () => undefined;
  // The site's scripts often fetch relative paths ("/youtubei/v1/browse"): the message names the full
  // address, which the receiver checks again against the site's own endpoints.
  const absolute = (url: string): string | null => {
    try {
      return new URL(url, win.location.href).href;
    } catch {
      return null;
    }
  };
  const wanted = (url: string | null): url is string => url !== null && observedEndpoint(platform, url) !== null;
  // The receiving content script sizes every body again; sending only what it would keep saves the copy.
  const post = (url: string, body: unknown) => {
    if (body !== undefined && checkBody(body, BODY_LIMITS, false).ok) win.postMessage({ channel: OBSERVER_CHANNEL, url, body }, win.location.origin);
  };

  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .apply(this, …), keeping the page's receiver
  const originalFetch = win.fetch;
  const wrappedFetch: typeof fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const result = originalFetch.apply(this, args);
    const input = args[0];
    const url = absolute(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (wanted(url)) {
      result
        .then((response) => response.clone().text())
        .then((text) => post(url, parseJsonBody(text)))
        .catch(() => undefined);
    }
    return result;
  };
  win.fetch = wrappedFetch;

  const XHR = win.XMLHttpRequest.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .apply(this, …), keeping the page's receiver
  const originalOpen = XHR.open;
  XHR.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    const href = absolute(String(url));
    if (wanted(href)) {
      this.addEventListener('load', () => {
        try {
          if (this.responseType === '' || this.responseType === 'text') post(href, parseJsonBody(this.responseText));
          else if (this.responseType === 'json') post(href, this.response);
        } catch {
          // A response we cannot read is simply not observed.
        }
      });
    }
    return (originalOpen as (...a: unknown[]) => void).call(this, method, url, ...rest);
  };

  // YouTube hands each in-page navigation's data to its own event; ytInitialData stays the first page's.
  // Its detail.response holds the page's data (response), its URL and, on watch pages, the player's.
  const onYoutubeNavigate = (event: Event) => {
    const detail = (event as CustomEvent<{ response?: unknown }>).detail;
    post(YOUTUBE_NAVIGATE_PSEUDO_URL, detail?.response);
  };
  // Captured at the window, whichever element of the app dispatches it.
  if (platform === 'youtube') win.addEventListener('yt-navigate-finish', onYoutubeNavigate, true);

  return () => {
    win.fetch = originalFetch;
    XHR.open = originalOpen;
    win.removeEventListener('yt-navigate-finish', onYoutubeNavigate, true);
  };
}
