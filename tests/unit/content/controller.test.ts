// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageController, UNREADABLE_AFTER_MS } from '../../../lib/content/controller';
import { FloodGuard } from '../../../lib/content/limits';
import type { SnapshotResponse, VisibleTabState } from '../../../lib/messages';
import { instagram } from '../../../lib/platforms/instagram';
import type { PlatformExtractor } from '../../../lib/platforms/types';
import { youtube } from '../../../lib/platforms/youtube';
import { OBSERVER_CHANNEL } from '../../../lib/platforms/observe';
import { creatorKey, type ProfileSnapshot } from '../../../lib/snapshot';
import { loadDocument, readFixture } from '../helpers/fixtures';

function fakeReport(snapshot: ProfileSnapshot): SnapshotResponse {
  const score = { score: 50, confidence: 'medium' as const, reasons: [] };
  return {
    ok: true,
    creatorKey: creatorKey(snapshot),
    shortlisted: false,
    report: {
      snapshot,
      scores: {
        engagement: { ...score, rate: 0.01, basis: 'followers', benchmark: null, inputs: { postIds: [], count: 0, excluded: [] } },
        authenticity: { ...score, verdict: 'ok', flags: [] },
        brandFit: null,
        overall: { ...score, weights: { engagement: 1, authenticity: 1, brandFit: 0 } },
      },
    },
  };
}

/** Puts a saved page's head and body into the live test document. */
function showPage(file: string, dir = 'instagram') {
  const saved = loadDocument(readFixture(dir, file));
  document.head.innerHTML = saved.head.innerHTML;
  document.body.innerHTML = saved.body.innerHTML;
}

afterEach(() => {
  vi.useRealTimers();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function setup(startUrl: string, extractor: PlatformExtractor = instagram) {
  let url = startUrl;
  const states: Array<VisibleTabState | null> = [];
  const pending: Array<{ snapshot: ProfileSnapshot; resolve: (r: SnapshotResponse) => void }> = [];
  const controller = new PageController({
    extractor,
    doc: document,
    win: window,
    currentUrl: () => url,
    sendSnapshot: (snapshot) => new Promise((resolve) => pending.push({ snapshot, resolve })),
    setShortlisted: async (_key, _snapshot, shortlisted) => ({ ok: true, shortlisted }),
    render: (state) => states.push(state),
  });
  return { controller, states, pending, navigate: (next: string) => ((url = next), controller.onLocationChange()), setUrlOnly: (next: string) => (url = next) };
}

const followersShown = (state: VisibleTabState | null | undefined) => (state?.status === 'ready' ? state.report.snapshot.followers : undefined);

describe('PageController', () => {
  it('shows loading at once on navigation and never the previous creator, even when an old answer arrives late', async () => {
    showPage('built/rendered-profile.html');
    const { controller, states, pending, navigate } = setup('https://www.instagram.com/lena.travels/');
    controller.start();
    expect(states.at(-1)).toEqual({ status: 'loading', platform: 'instagram' });
    expect(pending[0]!.snapshot.followers).toBe(24310);

    // In-page navigation: the URL changes, then the site swaps the DOM.
    navigate('https://www.instagram.com/arif.shoots/');
    expect(states.at(-1)).toEqual({ status: 'loading', platform: 'instagram' });
    // The first creator's answer arrives after the navigation: it must be dropped.
    pending[0]!.resolve(fakeReport(pending[0]!.snapshot));
    await Promise.resolve();
    await Promise.resolve();
    expect(states.some((s) => followersShown(s) === 24310)).toBe(false);

    showPage('built/rendered-profile-b.html');
    await vi.waitFor(() => expect(pending.length).toBe(2));
    // Embedded JSON belongs to the first page after in-page navigation; the DOM is read instead.
    expect(pending[1]!.snapshot).toMatchObject({ handle: 'arif.shoots', followers: 187400 });
    expect(pending[1]!.snapshot.sources).not.toContain('embedded-json');
    pending[1]!.resolve(fakeReport(pending[1]!.snapshot));
    await vi.waitFor(() => expect(followersShown(states.at(-1))).toBe(187400));
    controller.dispose();
  });

  it('notices a new address on the next DOM change, without waiting for the slower ready-state reads', async () => {
    showPage('built/rendered-profile.html');
    const { controller, states, pending, setUrlOnly } = setup('https://www.instagram.com/lena.travels/');
    controller.start();
    pending[0]!.resolve(fakeReport(pending[0]!.snapshot));
    await vi.waitFor(() => expect(followersShown(states.at(-1))).toBe(24310));
    // No navigation event reaches the script (as with a polling fallback): only the DOM changes.
    setUrlOnly('https://www.instagram.com/arif.shoots/');
    document.body.append(document.createElement('div'));
    // Well before the ready-state read interval (1 s) would come round.
    await vi.waitFor(() => expect(states.at(-1)).toEqual({ status: 'loading', platform: 'instagram' }), { timeout: 200 });
    controller.dispose();
  });

  it('removes the overlay when leaving a profile for a page that is not one', () => {
    showPage('built/rendered-profile.html');
    const { controller, states, navigate } = setup('https://www.instagram.com/lena.travels/');
    controller.start();
    navigate('https://www.instagram.com/explore/');
    expect(states.at(-1)).toBeNull();
    controller.dispose();
  });

  it('says "can\'t read" when no numbers appear in time, instead of showing zeros', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><header><h2>lena.travels</h2></header></main>';
    const { controller, states, pending } = setup('https://www.instagram.com/lena.travels/');
    controller.start();
    expect(pending).toHaveLength(0);
    vi.advanceTimersByTime(UNREADABLE_AFTER_MS + 10);
    expect(states.at(-1)).toMatchObject({ status: 'unreadable', reason: 'unreadable' });
    controller.dispose();
  });

  it('says at once that a private or removed video is not available, as a video page', () => {
    document.head.innerHTML = '<script>var ytInitialPlayerResponse = {"playabilityStatus":{"status":"ERROR","reason":"Video unavailable"}};</script>';
    const { controller, states } = setup('https://www.youtube.com/watch?v=gone0000001', youtube);
    controller.start();
    expect(states.at(-1)).toMatchObject({ status: 'unreadable', reason: 'unavailable', pageKind: 'post' });
    controller.dispose();
  });

  it('reads responses the page fetched, passed from the MAIN world, and ignores other messages', async () => {
    document.body.innerHTML = '<main></main>';
    const { controller, pending } = setup('https://www.instagram.com/nasa/');
    controller.start();
    window.postMessage({ channel: 'something-else', url: 'x', body: {} }, '*');
    const body = JSON.parse(readFixture('instagram', 'ig_web_profile_info_nasa_2024-03_edge_crawlinsta.json'));
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { channel: OBSERVER_CHANNEL, url: 'https://www.instagram.com/api/v1/users/web_profile_info/?username=nasa', body },
        source: window,
        origin: window.location.origin,
      }),
    );
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    expect(pending[0]!.snapshot).toMatchObject({ handle: 'nasa', followers: 97956738, sources: ['observed-json'] });
    controller.dispose();
  });

  it("drops a message that claims an address outside the site's own endpoints on arrival", async () => {
    document.body.innerHTML = '<main></main>';
    const { controller, pending } = setup('https://www.instagram.com/nasa/');
    controller.start();
    const body = JSON.parse(readFixture('instagram', 'ig_web_profile_info_nasa_2024-03_edge_crawlinsta.json'));
    const forged = structuredClone(body);
    forged.data.user.edge_followed_by.count = 987_654_321;
    const post = (url: string, data: unknown) =>
      window.dispatchEvent(
        new MessageEvent('message', { data: { channel: OBSERVER_CHANNEL, url, body: data }, source: window, origin: window.location.origin }),
      );
    post('https://evil.example/api/v1/users/web_profile_info/?username=nasa', forged);
    post('https://www.instagram.com/api/v1/users/web_profile_info/?username=nasa', body);
    await vi.waitFor(() => expect(pending.length).toBeGreaterThan(0));
    expect(pending.map((p) => p.snapshot.followers)).toEqual([97956738]);
    controller.dispose();
  });

  it("treats the first page's JSON as stale after moving to another video, though /watch stays the path", async () => {
    showPage('youtube-watch-a1.html', 'e2e');
    const staleFlags: boolean[] = [];
    const watching: PlatformExtractor = {
      ...youtube,
      extract: (doc, url, options) => (staleFlags.push(options?.embeddedIsStale ?? false), youtube.extract(doc, url, options)),
    };
    const { controller, pending, navigate } = setup('https://www.youtube.com/watch?v=alphaVideo1', watching);
    controller.start();
    expect(pending[0]!.snapshot.posts.map((p) => p.id)).toEqual(['alphaVideo1']);
    expect(pending[0]!.snapshot.sources).toContain('embedded-json');

    // The URL moves to video 2 while the page still shows video 1 and its JSON: nothing is sent.
    navigate('https://www.youtube.com/watch?v=alphaVideo2');
    await Promise.resolve();
    expect(pending).toHaveLength(1);

    // Video 2 renders; video 1's JSON stays in <head>.
    document.body.innerHTML = loadDocument(readFixture('e2e', 'youtube-watch-a2.html')).body.innerHTML;
    await vi.waitFor(() => expect(pending.length).toBe(2));
    expect(pending[1]!.snapshot.posts).toMatchObject([{ id: 'alphaVideo2', likes: 21034, views: 845120 }]);
    expect(pending[1]!.snapshot.sources).toEqual(['dom']);
    // Read as stale from the navigation on, not only because the JSON names another video.
    expect(staleFlags[0]).toBe(false);
    expect(staleFlags.slice(1).length).toBeGreaterThan(0);
    expect(staleFlags.slice(1).every(Boolean)).toBe(true);
    controller.dispose();
  });
});

describe('PageController against a flood', () => {
  const nasa = () =>
    JSON.parse(readFixture('instagram', 'ig_web_profile_info_nasa_2024-03_edge_crawlinsta.json')) as { data: { user: Record<string, unknown> } };
  const observe = (
    handle: string,
    body: unknown = (() => {
      const b = nasa();
      b.data.user.username = handle;
      return b;
    })(),
  ) =>
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { channel: OBSERVER_CHANNEL, url: `https://www.instagram.com/api/v1/users/web_profile_info/?username=${handle}`, body },
        source: window,
        origin: window.location.origin,
      }),
    );

  function floodSetup(userActive: boolean) {
    document.body.innerHTML = '<main></main>';
    let url = 'https://www.instagram.com/fake0/';
    const states: Array<VisibleTabState | null> = [];
    const sent: ProfileSnapshot[] = [];
    const forgotten: Array<{ creatorKey: string; capturedAt: string }> = [];
    const controller = new PageController({
      extractor: instagram,
      doc: document,
      win: window,
      currentUrl: () => url,
      sendSnapshot: async (snapshot) => (sent.push(snapshot), fakeReport(snapshot)),
      setShortlisted: async (_key, _snapshot, shortlisted) => ({ ok: true, shortlisted }),
      render: (state) => states.push(state),
      forget: async (items) => void forgotten.push(...items),
      userActive: () => userActive,
    });
    return { controller, states, sent, forgotten, go: (handle: string) => ((url = `https://www.instagram.com/${handle}/`), controller.onLocationChange()) };
  }

  it('a script switching creators faster than a person browses stops the tab, says so, and takes back what it stored', async () => {
    const { controller, states, sent, forgotten, go } = floodSetup(false);
    controller.start();
    // One fake creator every 120 ms (each gets read and stored), until the tab stops.
    for (let i = 0; i < 60 && states.at(-1)?.status !== 'flood'; i++) {
      go(`fake${i}`);
      observe(`fake${i}`);
      await new Promise((r) => setTimeout(r, 120));
    }
    await vi.waitFor(() => expect(states.at(-1)).toEqual({ status: 'flood', platform: 'instagram' }));
    // A handful were read before the flood was noticed; every one is taken back but the tab's first
    // page, which a real page load brought.
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.length).toBeLessThanOrEqual(FloodGuard.SCRIPTED_CREATORS);
    const scripted = [...new Set(sent.map((s) => creatorKey(s)))].filter((key) => key !== 'instagram:fake0');
    await vi.waitFor(() => expect([...new Set(forgotten.map((f) => f.creatorKey))].sort()).toEqual(scripted.sort()));
    // After it, nothing is read or sent, whatever the page does.
    const before = sent.length;
    observe('fake0');
    go('fake999');
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 150));
    expect(sent.length).toBe(before);
    expect(states.at(-1)).toEqual({ status: 'flood', platform: 'instagram' });
    controller.dispose();
  });

  it('a person clicking through creators quickly is not a flood', async () => {
    const { controller, states, sent, go } = floodSetup(true);
    controller.start();
    for (let i = 0; i < 20; i++) {
      go(`fake${i}`);
      observe(`fake${i}`);
      await vi.waitFor(() => expect(sent.at(-1)?.handle).toBe(`fake${i}`));
    }
    expect(states.some((s) => s?.status === 'flood')).toBe(false);
    controller.dispose();
  });

  it('a flood of messages, or repeated oversized bodies such as a sparse array, stops the tab', async () => {
    const messages = floodSetup(false);
    messages.controller.start();
    for (let i = 0; i < FloodGuard.MESSAGES + 1; i++) observe('fake0', { tiny: i });
    expect(messages.states.at(-1)).toEqual({ status: 'flood', platform: 'instagram' });
    messages.controller.dispose();

    const sparse = floodSetup(false);
    sparse.controller.start();
    const huge: unknown[] = [];
    huge.length = 1e8;
    huge[0] = {};
    // One is dropped whole (never walked); a few in a minute are a flood.
    observe('fake0', huge);
    expect(sparse.states.at(-1)?.status).not.toBe('flood');
    for (let i = 0; i < FloodGuard.REJECTED; i++) observe('fake0', huge);
    expect(sparse.states.at(-1)).toEqual({ status: 'flood', platform: 'instagram' });
    sparse.controller.dispose();
  });
});

describe('PageController and the worker’s scored states for the card', () => {
  /** A page whose reader gives `followers` as they are now: each change is a new snapshot request. */
  function numberedSetup() {
    showPage('built/rendered-profile.html');
    const read = instagram.extract(document, new URL('https://www.instagram.com/lena.travels/'), {});
    if (!read.ok) throw new Error('the saved profile did not read');
    let followers = 1000;
    let url = 'https://www.instagram.com/lena.travels/';
    const extractor: PlatformExtractor = { ...instagram, extract: () => ({ ok: true, snapshot: { ...read.snapshot, followers } }) };
    const shown: Array<{ status: string; followers: number | null | undefined; scoredFrom: number }> = [];
    const sent: Array<{ cardRequest: number; resolve: (r: SnapshotResponse) => void; snapshot: ProfileSnapshot }> = [];
    const controller = new PageController({
      extractor,
      doc: document,
      win: window,
      currentUrl: () => url,
      sendSnapshot: (snapshot, context) => new Promise((resolve) => sent.push({ cardRequest: context.cardRequest, resolve, snapshot })),
      setShortlisted: async (_key, _snapshot, shortlisted) => ({ ok: true, shortlisted }),
      render: (state, scoredFrom) => shown.push({ status: state?.status ?? 'none', followers: followersShown(state), scoredFrom }),
    });
    const answer = (index: number) => sent[index]!.resolve(fakeReport(sent[index]!.snapshot));
    const change = (next: number) => {
      followers = next;
      document.body.append(document.createElement('div'));
    };
    return { controller, shown, sent, answer, change, navigate: (next: string) => ((url = next), controller.onLocationChange()) };
  }

  it('numbers its requests and lets the card take scored states only from the request after the state shown', async () => {
    const { controller, shown, sent, answer, navigate } = numberedSetup();
    controller.start();
    expect(sent.map((s) => s.cardRequest)).toEqual([1]);
    // Loading before any request: every request of the page may stand in for it.
    expect(shown).toEqual([{ status: 'loading', followers: undefined, scoredFrom: 1 }]);
    answer(0);
    await vi.waitFor(() => expect(shown.at(-1)).toEqual({ status: 'ready', followers: 1000, scoredFrom: 2 }));
    // Another creator: none of the requests sent for the first may stand in for its "loading".
    navigate('https://www.instagram.com/arif.shoots/');
    expect(shown.at(-1)).toEqual({ status: 'loading', followers: undefined, scoredFrom: 2 });
    controller.dispose();
  });

  it('keeps the newer answer when two requests of a page are answered out of order', async () => {
    const { controller, shown, sent, answer, change } = numberedSetup();
    controller.start();
    change(2000);
    await vi.waitFor(() => expect(sent.map((s) => s.cardRequest)).toEqual([1, 2]));
    answer(1);
    await vi.waitFor(() => expect(shown.at(-1)).toEqual({ status: 'ready', followers: 2000, scoredFrom: 3 }));
    answer(0);
    await Promise.resolve();
    await Promise.resolve();
    expect(shown.at(-1)).toEqual({ status: 'ready', followers: 2000, scoredFrom: 3 });
    expect(shown.filter((s) => s.followers === 1000)).toEqual([]);
    controller.dispose();
  });

  it('leaves no request in flight to stand in for a shortlist click', async () => {
    const { controller, shown, sent, answer, change } = numberedSetup();
    controller.start();
    answer(0);
    await vi.waitFor(() => expect(shown.at(-1)?.status).toBe('ready'));
    // Once ready, a change is read within the ready interval (1 s).
    change(3000);
    await vi.waitFor(() => expect(sent.map((s) => s.cardRequest)).toEqual([1, 2]), { timeout: 2000 });
    await controller.toggleShortlist();
    // Request 2 was sent before the click: its scored state (not shortlisted) must not replace the click's.
    expect(shown.at(-1)).toEqual({ status: 'ready', followers: 1000, scoredFrom: 3 });
    controller.dispose();
  });
});
