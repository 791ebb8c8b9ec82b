import { describe, expect, it } from 'vitest';
import { ObservedMessageSchema, SnapshotResponseSchema, TabStateSchema } from '../../lib/messages';
import { popupToContent } from '../../lib/protocol/channels';
import { messageName } from '../../lib/protocol/define';
import { parseCount } from '../../lib/parse/count';
import { OBSERVER_CHANNEL } from '../../lib/platforms/observe';
import { ProfileSnapshotSchema, creatorKey, extractHashtags } from '../../lib/snapshot';
import { makeSnapshot } from './helpers/snapshots';

describe('ProfileSnapshot', () => {
  it('accepts a complete snapshot and keeps the contract field names', () => {
    const parsed = ProfileSnapshotSchema.parse(makeSnapshot());
    for (const field of [
      'platform',
      'handle',
      'url',
      'capturedAt',
      'displayName',
      'bio',
      'verified',
      'followers',
      'following',
      'postCount',
      'totalLikes',
      'posts',
    ]) {
      expect(parsed).toHaveProperty(field);
    }
  });

  it.each([
    ['a fractional count', { followers: 12.5 }],
    ['a negative count', { following: -1 }],
    ['a handle with nothing in it', { handle: '' }],
    ['a date that is not ISO', { capturedAt: 'yesterday' }],
    ['an unknown precision', { precision: { followers: 'about' } }],
    ['a script link as its address', { url: 'javascript:alert(1)' }],
    ['another site as its address', { url: 'https://evil.example/www.instagram.com/' }],
    [
      'a post linking elsewhere',
      {
        posts: [
          {
            id: 'p',
            url: 'javascript:alert(1)',
            publishedAt: null,
            likes: 1,
            comments: 1,
            views: null,
            shares: null,
            caption: null,
            hashtags: [],
            pinned: false,
          },
        ],
      },
    ],
  ])('rejects %s', (_label, override) => {
    expect(ProfileSnapshotSchema.safeParse({ ...makeSnapshot(), ...override }).success).toBe(false);
  });

  it('keys creators by platform and lower-cased handle, or by id or path when there is no handle', () => {
    expect(creatorKey(makeSnapshot({ handle: 'Lena.Travels' }))).toBe('instagram:lena.travels');
    expect(creatorKey(makeSnapshot({ platform: 'youtube', handle: null, platformId: 'UC123', url: 'https://www.youtube.com/channel/UC123' }))).toBe(
      'youtube:id:UC123',
    );
    expect(creatorKey(makeSnapshot({ platform: 'youtube', handle: null, platformId: null, url: 'https://www.youtube.com/c/Name/videos/' }))).toBe(
      'youtube:url:/c/name/videos',
    );
  });

  it('finds hashtags in any script, once each', () => {
    expect(extractHashtags('Sunrise #Travel #travel #Azərbaycan #旅行 and #a_b!')).toEqual(['travel', 'azərbaycan', '旅行', 'a_b']);
    expect(extractHashtags(null)).toEqual([]);
  });
});

describe('messages', () => {
  it('accepts only the popup question from the popup', () => {
    expect(messageName(popupToContent, { type: 'popup-to-content:current-state' })).toBe('current-state');
    expect(messageName(popupToContent, { type: 'popup-to-content:delete' })).toBe(null);
  });

  it('validates the observer channel', () => {
    expect(ObservedMessageSchema.safeParse({ channel: OBSERVER_CHANNEL, url: 'https://www.instagram.com/graphql/query', body: { a: 1 } }).success).toBe(true);
    expect(ObservedMessageSchema.safeParse({ channel: 'other', url: 'x', body: {} }).success).toBe(false);
    expect(ObservedMessageSchema.safeParse({ channel: OBSERVER_CHANNEL, url: 'x'.repeat(5000), body: {} }).success).toBe(false);
  });

  it('checks the shape of answers from the background and of tab states', () => {
    expect(SnapshotResponseSchema.safeParse({ ok: false, error: 'x' }).success).toBe(true);
    expect(SnapshotResponseSchema.safeParse({ ok: true, creatorKey: 'k', shortlisted: false, report: { snapshot: makeSnapshot(), scores: {} } }).success).toBe(
      false,
    );
    expect(TabStateSchema.safeParse({ status: 'unreadable', platform: 'instagram', reason: 'login-wall', detail: '' }).success).toBe(true);
    expect(TabStateSchema.safeParse({ status: 'ready' }).success).toBe(false);
  });
});

describe('count parsing (Instagram forms)', () => {
  it.each([
    ['2,362', 2362, true],
    ['12.5K', 12500, false],
    ['1.2M', 1_200_000, false],
    ['139k', 139_000, false],
    ['224', 224, true],
  ])('%s', (text, value, exact) => {
    expect(parseCount(text, 'en')).toEqual({ value, exact });
  });

  it('gives null for what it cannot read', () => {
    expect(parseCount('lots', 'en')).toBeNull();
    expect(parseCount('', 'en')).toBeNull();
    expect(parseCount(null, 'en')).toBeNull();
  });
});
