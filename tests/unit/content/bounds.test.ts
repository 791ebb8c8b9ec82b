// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_LIMITS, boundSnapshot } from '../../../lib/bounds';
import { BODY_LIMITS, checkBody } from '../../../lib/content/body';
import { ObservedBodies, PERSON_INPUT_MS, watchPersonInput } from '../../../lib/content/limits';
import { collectByKey, walkJson } from '../../../lib/platforms/json';
import { ProfileSnapshotSchema } from '../../../lib/snapshot';
import { makePosts, makeSnapshot } from '../helpers/snapshots';

function sparse(length: number): unknown[] {
  const a: unknown[] = [];
  a.length = length;
  a[0] = {};
  return a;
}

function nested(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('observed bodies are sized before they are walked', () => {
  it('refuses a sparse array by its length, in one step', () => {
    expect(checkBody(sparse(1e8))).toEqual({ ok: false, why: 'too-large' });
    expect(checkBody({ data: { items: sparse(1e8) } })).toEqual({ ok: false, why: 'too-large' });
  });

  it('refuses bodies too large, too deep, or not JSON', () => {
    expect(checkBody({ bio: 'x'.repeat(BODY_LIMITS.chars + 1) })).toMatchObject({ ok: false, why: 'too-large' });
    expect(checkBody(Array.from({ length: BODY_LIMITS.nodes }, () => 1))).toMatchObject({ ok: false, why: 'too-large' });
    expect(checkBody(nested(BODY_LIMITS.depth + 1))).toMatchObject({ ok: false, why: 'too-deep' });
    expect(checkBody({ bytes: new Uint8Array(10) })).toMatchObject({ ok: false, why: 'not-json' });
    expect(checkBody({ when: new Date() })).toMatchObject({ ok: false, why: 'not-json' });
    expect(checkBody({ m: new Map() })).toMatchObject({ ok: false, why: 'not-json' });
  });

  it('accepts real responses and reports their size', () => {
    const body = { data: { user: { username: 'nasa', edge_followed_by: { count: 97956738 }, posts: [1, 2, 3], ok: true, none: null } } };
    expect(checkBody(body)).toEqual({ ok: true, nodes: 12, chars: 'datauserusernamenasaedge_followed_bycountpostsoknone'.length });
    expect(checkBody(nested(60)).ok).toBe(true);
  });

  it("the extractors' walkers never queue more of an array than their budget (was: every index of a sparse array)", () => {
    const visited: unknown[] = [];
    walkJson({ a: sparse(1e8) }, (node) => visited.push(node), 1000);
    expect(visited.length).toBeLessThanOrEqual(1000);
    // Values already queued are still visited within the budget, whatever an array claims.
    expect(collectByKey([sparse(1e8), { user: { id: 1 } }], 'user')).toEqual([{ id: 1 }]);
    expect(collectByKey([{ user: { id: 1 } }, sparse(1e8)], 'user')).toEqual([{ id: 1 }]);
  });
});

describe('a tab keeps a bounded number of bodies, of bounded size, for a bounded time', () => {
  it('keeps the newest 40', () => {
    const kept = new ObservedBodies();
    for (let i = 0; i < 100; i++) expect(kept.add(`u${i}`, { i }, 1000 + i)).toBe(true);
    const list = kept.list(1100);
    expect(list).toHaveLength(ObservedBodies.MAX_BODIES);
    expect(list[0]!.url).toBe('u60');
  });

  it('keeps no more than its total size, dropping the oldest', () => {
    const kept = new ObservedBodies();
    const big = { text: 'x'.repeat(7_000_000) };
    for (let i = 0; i < 10; i++) kept.add(`u${i}`, big, i);
    expect(kept.size).toBe(Math.floor(ObservedBodies.MAX_CHARS / 7_000_004));
    expect(kept.list(10).at(-1)!.url).toBe('u9');
  });

  it('lets bodies from before the current page age out, and refuses oversized ones whole', () => {
    const kept = new ObservedBodies();
    kept.add('old', { a: 1 }, 0);
    kept.newPage(10);
    kept.add('new', { a: 2 }, 20);
    expect(kept.list(ObservedBodies.MAX_AGE_MS - 1).map((b) => b.url)).toEqual(['old', 'new']);
    expect(kept.list(ObservedBodies.MAX_AGE_MS + 1).map((b) => b.url)).toEqual(['new']);
    expect(kept.add('sparse', sparse(1e8), 30)).toBe(false);
    expect(kept.size).toBe(1);
  });
});

describe('snapshots have a size cap', () => {
  it('trims long bios and captions and keeps the newest posts, with a note, and never changes a count', () => {
    const posts = makePosts(Array.from({ length: 500 }, (_, i) => [i, 1])).map((p) => ({
      ...p,
      caption: 'c'.repeat(20_000),
      hashtags: Array.from({ length: 200 }, (_, i) => `tag${i}`),
    }));
    const snapshot = makeSnapshot({ bio: 'b'.repeat(10_000), posts });
    const bounded = boundSnapshot(snapshot);
    expect(ProfileSnapshotSchema.safeParse(bounded).success).toBe(true);
    expect(bounded.bio).toHaveLength(SNAPSHOT_LIMITS.bio);
    expect(bounded.posts).toHaveLength(SNAPSHOT_LIMITS.posts);
    // The newest posts (makePosts puts them first).
    expect(bounded.posts.map((p) => p.id)).toEqual(posts.slice(0, SNAPSHOT_LIMITS.posts).map((p) => p.id));
    expect(bounded.posts.map((p) => p.likes)).toEqual(posts.slice(0, SNAPSHOT_LIMITS.posts).map((p) => p.likes));
    expect(bounded.posts.every((p) => p.hashtags.length <= SNAPSHOT_LIMITS.hashtags)).toBe(true);
    expect(JSON.stringify(bounded).length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.chars);
    expect(bounded.trimmed?.sort()).toEqual(['bio', 'captions', 'hashtags', 'posts']);
    expect(bounded.followers).toBe(snapshot.followers);
  });

  it('leaves an ordinary snapshot as it is, and drops links that are not http(s)', () => {
    const snapshot = makeSnapshot({ posts: makePosts([[10, 1]]), links: ['https://linktr.ee/lena', 'javascript:alert(1)', 'data:text/html,x', 'vbscript:x'] });
    const bounded = boundSnapshot(snapshot);
    expect(bounded).toEqual({ ...snapshot, links: ['https://linktr.ee/lena'] });
    expect(bounded.trimmed).toBeUndefined();
  });
});

describe("a person's input, which no script can fake", () => {
  it('counts trusted clicks, keys and scrolling for a few seconds, and never dispatched events', () => {
    let now = 1000;
    const input = watchPersonInput(window, () => now);
    window.dispatchEvent(new WheelEvent('wheel'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    expect(input.active()).toBe(false);
    const trusted = new WheelEvent('wheel');
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    window.dispatchEvent(trusted);
    expect(input.active()).toBe(true);
    now += PERSON_INPUT_MS + 1;
    expect(input.active()).toBe(false);
    input.stop();
  });
});
