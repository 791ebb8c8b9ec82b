// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../../../components/overlay/Overlay';
import { nodeI18n } from '../../../../lib/i18n/node';
import { scoreSnapshot } from '../../../../lib/scoring';
import { creatorKey, UnreadableReasonSchema } from '../../../../lib/snapshot';
import { makePosts, makeSnapshot } from '../../helpers/snapshots';

const i18n = nodeI18n('en');
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\u202Egnp.exe';

afterEach(() => render(null, document.body));

/** A click as the person makes it (the card ignores untrusted ones, such as a script's click()). */
function trustedClick(element: Element) {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

function show(snapshot = makeSnapshot({ posts: makePosts(Array.from({ length: 10 }, () => [260, 6])) }), shortlisted = false, onToggle = () => undefined) {
  const report = { snapshot, scores: scoreSnapshot(snapshot, {}) };
  render(
    <Overlay state={{ status: 'ready', creatorKey: creatorKey(snapshot), report, shortlisted }} i18n={i18n} floating={false} onToggleShortlist={onToggle} />,
    document.body,
  );
}

describe('Overlay', () => {
  it('carries the test ids, the follower count and the benchmark comparison', () => {
    show();
    const card = document.querySelector('[data-testid="vetlens-overlay"]')!;
    for (const id of ['overall', 'engagement', 'authenticity', 'brand-fit']) expect(card.querySelector(`[data-testid="vetlens-score-${id}"]`)).not.toBeNull();
    expect(card.querySelector('[data-testid="vetlens-followers"]')!.textContent).toContain('24,310');
    // 266 engagements per post on 24,310 followers, against the 10k–50k tier's typical rate.
    expect(card.querySelector('[data-testid="vetlens-engagement-rate"]')!.textContent).toBe('1.09% vs 0.97% typical for 10k–50k on Instagram.');
    expect(card.textContent).toContain('Audience age, gender and country: unknown');
    // Every label built from a key (checks, statuses, confidences) exists in the catalog.
    // One row per authenticity check: all seven, run or not.
    expect(card.querySelectorAll('[data-check]')).toHaveLength(7);
    expect(card.textContent).not.toMatch(/\b(check|check_status|report|reason|confidence|verdict|platform)_[a-z_]+/);
  });

  it('says how many authenticity checks ran, and shows a score from few of them without a confident colour', () => {
    show();
    const chip = () => document.querySelector('[data-testid="vetlens-score-authenticity"]')!;
    expect(chip().textContent).toContain('5 of 7 checks');
    expect(chip().classList.contains('vl-neutral')).toBe(false);
    // A TikTok grid with views only: 2 of 7 checks, nothing found, so 100 but at low confidence.
    const posts = makePosts(Array.from({ length: 12 }, () => [null, null])).map((p) => ({ ...p, views: 50_000 }));
    show(makeSnapshot({ platform: 'tiktok', url: 'https://www.tiktok.com/@lena.travels', posts }));
    expect(chip().getAttribute('data-score')).toBe('100');
    expect(chip().getAttribute('data-confidence')).toBe('low');
    expect(chip().classList.contains('vl-neutral')).toBe(true);
    expect(chip().classList.contains('vl-good')).toBe(false);
    expect(chip().textContent).toContain('2 of 7 checks');
  });

  it('renders page text as text, never as markup', () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    show(makeSnapshot({ handle: 'x', displayName: HOSTILE, bio: HOSTILE, posts: makePosts([[10, 1]]).map((p) => ({ ...p, caption: HOSTILE })) }));
    expect(document.querySelector('[data-testid="vetlens-overlay"] img, [data-testid="vetlens-overlay"] script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    // The name as it is: the direction override that would turn "exe.png" around made visible.
    expect(document.querySelector('[data-testid="vetlens-handle"]')!.getAttribute('title')).toBe(HOSTILE.replace('\u202E', '[U+202E]'));
  });

  it('shows "not shown on the page" for a missing follower count, never 0', () => {
    show(makeSnapshot({ followers: null, precision: {} }));
    expect(document.querySelector('[data-testid="vetlens-followers"]')!.textContent).toBe('not shown on the page');
    expect(document.querySelector('[data-testid="vetlens-score-engagement"]')!.getAttribute('data-score')).toBe('');
  });

  it("has a shortlist toggle with aria-pressed that answers the person's click, never a script's click()", () => {
    const onToggle = vi.fn();
    show(undefined, true, onToggle);
    const toggle = document.querySelector<HTMLButtonElement>('[data-testid="vetlens-shortlist"]')!;
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    // A page script's click() and dispatched events are untrusted: nothing happens.
    toggle.click();
    toggle.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onToggle).not.toHaveBeenCalled();
    // A real click (or Space/Enter on the focused button) is trusted; the end-to-end tests click for real.
    trustedClick(toggle);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('explains a page it cannot read', () => {
    render(
      <Overlay
        state={{ status: 'unreadable', platform: 'instagram', reason: 'login-wall', detail: '' }}
        i18n={i18n}
        floating
        onToggleShortlist={() => undefined}
      />,
      document.body,
    );
    expect(document.querySelector('[data-testid="vetlens-unreadable"]')!.textContent).toContain('log in');
    expect(document.querySelector('.vl-floating')).not.toBeNull();
  });
  it('offers undo on the card after removing the creator from the shortlist', () => {
    const snapshot = makeSnapshot({ posts: makePosts(Array.from({ length: 10 }, () => [260, 6])) });
    const report = { snapshot, scores: scoreSnapshot(snapshot, {}) };
    const state = (shortlisted: boolean) => ({ status: 'ready' as const, creatorKey: creatorKey(snapshot), report, shortlisted });
    const onToggle = vi.fn();
    // act() runs a synchronous callback at once; its promise only matters for async callbacks.
    const draw = (shortlisted: boolean) => {
      void act(() => render(<Overlay state={state(shortlisted)} i18n={i18n} floating={false} onToggleShortlist={onToggle} />, document.body));
    };
    const click = (id: string) => {
      void act(() => trustedClick(document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!));
    };
    draw(true);
    expect(document.querySelector('[data-testid="vetlens-shortlist-undo"]')).toBeNull();
    click('vetlens-shortlist');
    draw(false);
    const undo = document.querySelector<HTMLButtonElement>('[data-testid="vetlens-shortlist-undo"]')!;
    expect(undo.closest('[role="status"]')!.textContent).toContain('Removed from your shortlist.');
    click('vetlens-shortlist-undo');
    expect(onToggle).toHaveBeenCalledTimes(2);
    draw(true);
    expect(document.querySelector('[data-testid="vetlens-shortlist-undo"]')).toBeNull();
    // Adding is not a loss: no undo offered.
    draw(false);
    click('vetlens-shortlist');
    expect(document.querySelector('[data-testid="vetlens-shortlist-undo"]')).toBeNull();
    draw(true);
    expect(document.querySelector('[data-testid="vetlens-shortlist-undo"]')).toBeNull();
  });

  it('folds the floating card to its header and back, and speaks the interface language', () => {
    const snapshot = makeSnapshot({ posts: makePosts(Array.from({ length: 10 }, () => [260, 6])) });
    const report = { snapshot, scores: scoreSnapshot(snapshot, {}) };
    const onCollapse = vi.fn();
    const draw = (collapsed: boolean) =>
      render(
        <Overlay
          state={{ status: 'ready', creatorKey: creatorKey(snapshot), report, shortlisted: false }}
          i18n={nodeI18n('az')}
          floating
          collapsed={collapsed}
          onCollapse={onCollapse}
          onToggleShortlist={() => undefined}
        />,
        document.body,
      );
    draw(false);
    const card = () => document.querySelector('[data-testid="vetlens-overlay"]')!;
    expect(card().getAttribute('lang')).toBe('az-AZ');
    expect(card().querySelector('[data-testid="vetlens-shortlist"]')).not.toBeNull();
    trustedClick(document.querySelector<HTMLButtonElement>('[data-testid="vetlens-collapse"]')!);
    expect(onCollapse).toHaveBeenLastCalledWith(true);
    draw(true);
    expect(card().getAttribute('data-collapsed')).toBe('true');
    expect(card().querySelector('[data-testid="vetlens-shortlist"]')).toBeNull();
    expect(document.querySelector('[data-testid="vetlens-collapse"]')!.getAttribute('aria-expanded')).toBe('false');
    trustedClick(document.querySelector<HTMLButtonElement>('[data-testid="vetlens-collapse"]')!);
    expect(onCollapse).toHaveBeenLastCalledWith(false);
  });

  it('says why for every kind of screen that stands in for a page, in both languages', () => {
    for (const locale of ['en', 'az'] as const) {
      for (const reason of UnreadableReasonSchema.options) {
        render(
          <Overlay
            state={{ status: 'unreadable', platform: 'instagram', reason, detail: '' }}
            i18n={nodeI18n(locale)}
            floating
            onToggleShortlist={() => undefined}
          />,
          document.body,
        );
        const text = document.querySelector('[data-testid="vetlens-unreadable"]')!.textContent;
        expect(text, `${locale} ${reason}`).not.toMatch(/overlay_unreadable/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });

  it('says a private or removed video is not available in words about the video, not the account', () => {
    for (const locale of ['en', 'az'] as const) {
      const words = (pageKind?: 'post') => {
        render(
          <Overlay
            state={{ status: 'unreadable', platform: 'youtube', reason: 'unavailable', detail: '', ...(pageKind ? { pageKind } : {}) }}
            i18n={nodeI18n(locale)}
            floating
            onToggleShortlist={() => undefined}
          />,
          document.body,
        );
        return document.querySelector('[data-testid="vetlens-unreadable"]')!.textContent;
      };
      expect(words('post'), locale).toMatch(locale === 'en' ? /video or post is not available/ : /video və ya post mövcud deyil/);
      expect(words(), locale).toMatch(locale === 'en' ? /the account is not available/ : /hesab mövcud deyil/);
    }
  });

  it("says when the page's loaded data disagreed with what it shows, in both languages", () => {
    show(makeSnapshot({ overruled: ['followers', 'verified'] }));
    const note = document.querySelector('[data-testid="vetlens-overruled"]')!;
    expect(note.textContent).toMatch(/disagreed with what it shows.*the card shows what you see on the page/);
    expect(note.getAttribute('data-fields')).toBe('followers verified');
    render(
      <Overlay
        state={{
          status: 'ready',
          creatorKey: 'instagram:lena.travels',
          report: { snapshot: makeSnapshot({ overruled: ['followers'] }), scores: scoreSnapshot(makeSnapshot(), {}) },
          shortlisted: false,
        }}
        i18n={nodeI18n('az')}
        floating
        onToggleShortlist={() => undefined}
      />,
      document.body,
    );
    expect(document.querySelector('[data-testid="vetlens-overruled"]')!.textContent).toMatch(/səhifədə görünənlə uyğun gəlmədi.*kart/);
    show();
    expect(document.querySelector('[data-testid="vetlens-overruled"]')).toBeNull();
  });

  it('says a private account hides its posts, beside the header numbers it did read', () => {
    show(makeSnapshot({ privateAccount: true, posts: [] }));
    expect(document.querySelector('[data-testid="vetlens-followers"]')!.textContent).toContain('24,310');
    expect(document.querySelector('[data-testid="vetlens-private"]')!.textContent).toMatch(/^Private account: .*posts are hidden/);
    show();
    expect(document.querySelector('[data-testid="vetlens-private"]')).toBeNull();
  });
});
