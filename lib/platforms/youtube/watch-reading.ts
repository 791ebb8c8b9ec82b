import { parseAbsoluteDate } from '../../parse/absolute-date';
import { knowsCountUnits, parseCount, preferFuller, type ParsedCount } from '../../parse/count';
import { parseRelativeDate } from '../../parse/relative-date';
import { asString, dig } from '../json';
import { channelIdFromUrl, handleFromUrl } from './route';

/**
 * What one source (the page's JSON, its microdata, the rendered page) says about a video and its
 * channel, and the count readers every source shares. Each count is read where it is exact first:
 * the like button's accessibility label ("like this video along with 12,345 other people") before
 * its "12K", "1,234,567 views" before "1.2M views".
 */

/** One source's reading of the video and its channel; missing fields were not there. */
export interface WatchReading {
  source: 'embedded-json' | 'observed-json' | 'meta' | 'dom';
  /** Read from a player response, whose videoDetails name the uploading channel. */
  fromPlayer?: boolean;
  /** When it was read: embedded data came first of all, then observed responses, then the DOM. */
  at: number;
  title?: string | null;
  description?: string | null;
  views?: ParsedCount | null;
  likes?: ParsedCount | null;
  comments?: ParsedCount | null;
  /** Exact to the day (or the second), or approximate ("3 weeks ago"). */
  published?: { iso: string; approximate: boolean } | null;
  /** A live stream that is on air: its "watching now" is not views. */
  liveNow?: boolean;
  sponsored?: boolean | null;
  shorts?: boolean;
  channel?: ChannelReading;
  /** A video of several channels: each channel its Collaborators dialog lists. */
  collaborators?: ChannelReading[];
}

export interface ChannelReading {
  id?: string | null;
  handle?: string | null;
  name?: string | null;
  subscribers?: ParsedCount | null;
  verified?: boolean | null;
}

/** A channel as a browse endpoint names it: browseId and canonicalBaseUrl ("/@handle"). */
export function channelFromEndpoint(endpoint: unknown): ChannelReading {
  const browse = dig(endpoint, 'browseEndpoint');
  const id = asString(dig(browse, 'browseId'));
  const base = dig(browse, 'canonicalBaseUrl') ?? dig(endpoint, 'commandMetadata', 'webCommandMetadata', 'url');
  return {
    id: id && /^UC[\w-]{10,40}$/.test(id) ? id : channelIdFromUrl(base),
    handle: handleFromUrl(base),
  };
}

/** Joins two readings of one channel; a second one that names another channel id is dropped. */
export function joinChannel(a: ChannelReading | undefined, b: ChannelReading | undefined): ChannelReading | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.id && b.id && a.id !== b.id) return a;
  return {
    id: a.id ?? b.id,
    handle: a.handle ?? b.handle,
    name: a.name ?? b.name,
    subscribers: preferFuller(a.subscribers ?? null, b.subscribers ?? null),
    verified: a.verified ?? b.verified,
  };
}

/**
 * Reads an abbreviated display ("12K", "3,5 M", "50 N"). A language whose units the count parser
 * does not know cannot be read: "50 N" would be 50.
 */
export function readShort(text: string | null | undefined, lang: string): ParsedCount | null {
  if (!text || !knowsCountUnits(lang)) return null;
  return parseCount(text, lang);
}

/** Reads a full count ("12,345", "like this video along with 12,345 other people"): only exact readings count. */
export function readExact(text: string | null | undefined, lang: string): ParsedCount | null {
  const parsed = text ? parseCount(text, lang) : null;
  return parsed?.exact ? parsed : null;
}

export function fullest(...counts: (ParsedCount | null | undefined)[]): ParsedCount | null {
  return counts.reduce<ParsedCount | null>((best, count) => preferFuller(best, count ?? null), null);
}

export function dateFromText(text: string | null | undefined, lang: string, now: Date): WatchReading['published'] {
  if (!text) return null;
  const absolute = parseAbsoluteDate(text, lang, now);
  if (absolute) return { iso: absolute.iso, approximate: false };
  const relative = parseRelativeDate(text, lang, now);
  return relative ? { iso: relative.iso, approximate: true } : null;
}
