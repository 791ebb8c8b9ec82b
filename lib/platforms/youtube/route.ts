import { asString } from '../json';

/**
 * YouTube addresses: which channel or video a URL names. Channel pages are /@handle, /channel/ID,
 * /c/name and /user/name with their tabs; watch pages are /watch?v=ID, /shorts/ID and /live/ID.
 */

type ChannelKind = 'handle' | 'channel' | 'c' | 'user';

export interface ChannelPage {
  kind: ChannelKind;
  /** "@kurzgesagt", "channel/UCsXVk37bltHxD1rDPwtNM8Q", "c/inanutshell", "user/movietrailers". */
  key: string;
  tab: string | null;
}

const CHANNEL_PATH = /^\/(?:(@[^/]{1,100})|(channel)\/(UC[\w-]{10,40})|(c|user)\/([^/]{1,100}))(?:\/([a-z]{1,20}))?\/?$/;

function keyFromPath(path: string): { kind: ChannelKind; key: string; tab: string | null } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const match = CHANNEL_PATH.exec(decoded);
  if (!match) return null;
  const tab = match[6] ?? null;
  if (match[1]) return { kind: 'handle', key: match[1].toLowerCase(), tab };
  if (match[2]) return { kind: 'channel', key: `channel/${match[3]!}`, tab };
  const kind = match[4] as 'c' | 'user';
  return { kind, key: `${kind}/${match[5]!.toLowerCase()}`, tab };
}

export function youtubePage(url: URL): ChannelPage | null {
  return keyFromPath(url.pathname);
}

/** Channel keys a URL or path names ("http://www.youtube.com/@kurzgesagt" → "@kurzgesagt"). */
export function keyOfUrl(raw: unknown): string | null {
  const text = asString(raw);
  if (!text) return null;
  try {
    return keyFromPath(new URL(text, 'https://www.youtube.com').pathname)?.key ?? null;
  } catch {
    return null;
  }
}

export interface WatchPage {
  videoId: string;
  /** A Short, whose own address is /shorts/ID. */
  shorts: boolean;
}

export const VIDEO_ID = /^[\w-]{11}$/;

export function youtubeWatchPage(url: URL): WatchPage | null {
  if (url.pathname === '/watch' || url.pathname === '/watch/') {
    const id = url.searchParams.get('v');
    return id && VIDEO_ID.test(id) ? { videoId: id, shorts: false } : null;
  }
  const match = /^\/(shorts|live)\/([\w-]{11})\/?$/.exec(url.pathname);
  return match ? { videoId: match[2]!, shorts: match[1] === 'shorts' } : null;
}

/** "/@handle", "http://www.youtube.com/@handle" → "handle" (decoded, as written). */
export function handleFromUrl(raw: unknown): string | null {
  const text = asString(raw);
  if (!text) return null;
  try {
    const path = decodeURIComponent(new URL(text, 'https://www.youtube.com').pathname);
    const match = /^\/@([^/\s@]{1,100})\/?$/.exec(path);
    return match ? match[1]! : null;
  } catch {
    return null;
  }
}

export function channelIdFromUrl(raw: unknown): string | null {
  const text = asString(raw);
  const match = text ? /\/channel\/(UC[\w-]{10,40})\/?$/.exec(text) : null;
  return match ? match[1]! : null;
}
