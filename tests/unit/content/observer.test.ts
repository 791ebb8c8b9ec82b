import { describe, expect, it } from 'vitest';
import { installResponseObserver } from '../../../lib/content/observer';
import { OBSERVER_CHANNEL } from '../../../lib/platforms/observe';

/** A page's window as the MAIN-world observer sees it, with a fetch that answers every request with `body`. */
function fakeWindow(href: string, body: unknown) {
  const posted: { channel: string; url: string; body: unknown }[] = [];
  const win = {
    location: new URL(href),
    fetch: async () => new Response(JSON.stringify(body)),
    XMLHttpRequest: class {},
    postMessage: (message: { channel: string; url: string; body: unknown }) => posted.push(message),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  return { win: win as unknown as Window & typeof globalThis, posted };
}

describe('the MAIN-world observer', () => {
  it('names the full address of a response the page fetched by a relative path, and copies nothing from other addresses', async () => {
    const { win, posted } = fakeWindow('https://www.youtube.com/@chan', { header: {} });
    installResponseObserver(win);
    await win.fetch('/youtubei/v1/browse?prettyPrint=false');
    await win.fetch('https://www.youtube.com/youtubei/v1/next');
    await win.fetch('/api/stats/qoe');
    await win.fetch('https://evil.example/youtubei/v1/browse');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted.map((message) => [message.channel, message.url])).toEqual([
      [OBSERVER_CHANNEL, 'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false'],
      [OBSERVER_CHANNEL, 'https://www.youtube.com/youtubei/v1/next'],
    ]);
  });
});
