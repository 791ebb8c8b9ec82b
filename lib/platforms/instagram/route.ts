/** Instagram addresses: which kind of page a URL is, and whose. */

/** First path segments that are Instagram's own pages, never a username. */
const RESERVED = new Set([
  'accounts',
  'explore',
  'p',
  'reel',
  'reels',
  'stories',
  'direct',
  'about',
  'developer',
  'legal',
  'tv',
  'challenge',
  'emails',
  'web',
  'api',
  'graphql',
  'static',
  'privacy',
  'terms',
  'session',
  'oauth',
  'ar',
  'topics',
  'locations',
  'lite',
]);

/** A username as Instagram allows it: letters, digits, dots and underscores, up to 30. */
const USERNAME = /^[a-z0-9._]{1,30}$/i;

/** A post's short code as it appears in /p/CODE/ and /reel/CODE/. */
export const SHORTCODE = /^[\w-]{5,40}$/;

type PageRoute =
  { kind: 'profile'; handle: string } | { kind: 'post'; code: string; handle: string | null; reel: boolean } | { kind: 'login' } | { kind: 'other' };

export function isUsername(text: string | null | undefined): text is string {
  return !!text && USERNAME.test(text) && !RESERVED.has(text.toLowerCase());
}

export function routeInstagramUrl(url: URL): PageRoute {
  const parts = url.pathname.split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (!first) return { kind: 'other' };
  if (first === 'accounts' && second === 'login') return { kind: 'login' };
  if ((first === 'p' || first === 'reel' || first === 'reels' || first === 'tv') && second && SHORTCODE.test(second) && parts.length === 2)
    return { kind: 'post', code: second, handle: null, reel: first !== 'p' };
  if (!isUsername(first)) return { kind: 'other' };
  if ((second === 'p' || second === 'reel') && third && SHORTCODE.test(third)) return { kind: 'post', code: third, handle: first, reel: second === 'reel' };
  if (!second || ['reels', 'tagged', 'featured'].includes(second)) return { kind: 'profile', handle: first };
  return { kind: 'other' };
}

/** The username a same-site link points to ("/nasa/" → "nasa"), or null for any other link. */
export function profileHandleOfHref(href: string | null | undefined): string | null {
  if (!href) return null;
  let path = href;
  if (/^https?:\/\//i.test(href)) {
    try {
      const url = new URL(href);
      if (url.hostname !== 'www.instagram.com' && url.hostname !== 'instagram.com') return null;
      path = url.pathname;
    } catch {
      return null;
    }
  }
  const match = path.match(/^\/([^/?#]+)\/?(?:[?#].*)?$/);
  return match && isUsername(match[1]) ? match[1] : null;
}
