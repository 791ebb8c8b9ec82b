import * as z from 'zod/mini';
import type { BrandBrief } from '../brief';
import { validateBrief } from '../storage/briefs';
import { boundSnapshot } from '../bounds';
import { writeScores, type WrittenScores } from '../i18n/facts';
import type { I18n } from '../i18n/translate';
import { EXTRACTORS, extractorForUrl } from '../platforms';
import { isObject, dig, asArray, asString } from '../platforms/json';
import { isTikTokBotCheck } from '../platforms/tiktok';
import { tiktokUrlFromEmbedded, youtubeUrlFromBrowse, youtubeUrlFromRendered } from './page-address';
import type { Platform } from '../snapshot';
import { scoreSnapshot } from '../scoring';
import { textLanguage } from '../scoring/brand-fit';
import { buildDossier, type Dossier } from '../dossier';
import { ProfileSnapshotSchema, type ProfileSnapshot } from '../snapshot';
import { formatZodError } from '../validation';

export interface VetReport {
  snapshot: ProfileSnapshot;
  /** The scores, their reasons, flags and warnings written in the language of `--lang` (lib/i18n/facts.ts). */
  scores: WrittenScores;
  /** Audience signals, sponsorship history, fair price, public contact, growth (lib/dossier). */
  dossier: Dossier;
}

export class VetError extends Error {}

/**
 * A snapshot as outside tools write it: the fields documented from the start are required; those
 * added since (`precision`, `links`, `likesHidden`, `sources`, `pageKind`) take their defaults when
 * absent.
 */
const shape = ProfileSnapshotSchema.shape;
const VetSnapshotSchema = z.extend(ProfileSnapshotSchema, {
  precision: z._default(shape.precision, {}),
  links: z._default(shape.links, []),
  likesHidden: z._default(shape.likesHidden, false),
  sources: z._default(shape.sources, []),
  pageKind: z._default(shape.pageKind, 'profile'),
});

/** A `.jsonl` line holding earlier snapshots of the same creator. */
const WithHistorySchema = z.strictObject({ snapshot: VetSnapshotSchema, history: z.array(VetSnapshotSchema).check(z.maxLength(1000)) });

function describeZodError(error: z.core.$ZodError): string {
  return formatZodError(error, { max: 3 })
    .replace(/\s*\n\s*/g, ' ')
    .slice(0, 600);
}

function score(snapshot: ProfileSnapshot, options: { brief?: BrandBrief | null; i18n: I18n; history?: ProfileSnapshot[] }): VetReport {
  return {
    snapshot,
    scores: writeScores(scoreSnapshot(snapshot, { brief: options.brief ?? null, ...(options.history ? { history: options.history } : {}) }), options.i18n),
    // Node has no browser detector: the bundled one reads every text.
    dossier: buildDossier(snapshot, { history: options.history ?? [], brief: options.brief ?? null, languageOf: textLanguage }),
  };
}

/** The same check the side panel's brief import uses. */
export function parseBrief(text: string, i18n: I18n): BrandBrief {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new VetError('the brief is not valid JSON');
  }
  const result = validateBrief(json, i18n);
  if (!result.ok) throw new VetError(`the brief is not a Vetlens brief: ${result.error.replace(/\s*\n\s*/g, ' ')}`);
  return result.value;
}

/** The page's own address: --url, else its canonical link, else og:url, else what its embedded data says. */
export function pageUrl(doc: Document, explicit?: string): URL {
  const candidates = [
    explicit,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    tiktokUrlFromEmbedded(doc),
    youtubeUrlFromRendered(doc),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return new URL(candidate);
    } catch {
      // try the next one
    }
  }
  if (isTikTokBotCheck(doc)) throw new VetError('bot-check: TikTok\'s "Please wait…" bot check, with no profile on it');
  throw new VetError('cannot tell which site this page is from: pass --url <the page address>');
}

export function vetDocument(doc: Document, options: { url?: string; capturedAt?: string; brief?: BrandBrief | null; i18n: I18n }): VetReport {
  const url = pageUrl(doc, options.url);
  const extractor = extractorForUrl(url);
  if (!extractor) throw new VetError(`not a page Vetlens reads: ${url.hostname} (Instagram, TikTok and YouTube only)`);
  const result = extractor.extract(doc, url, { capturedAt: options.capturedAt ?? new Date().toISOString() });
  if (!result.ok) throw new VetError(`${result.reason}: ${result.detail}`);
  // What the extension would store: cut to the size limits, http(s) links only.
  return score(boundSnapshot(result.snapshot), options);
}

/**
 * Raw JSON a site's own scripts receive, as saved by scrapers' test suites: Instagram's
 * web_profile_info and GraphQL connections, and YouTube browse responses (bare, or in NewPipe's
 * `{request, response: {responseBody}}` wrapper). Returns the platform, the body, its page URL, and
 * the endpoint it came from: the address the content script would have seen it fetched from, which
 * the platform modules check.
 */
export function recognizeSiteJson(json: unknown, explicitUrl?: string): { platform: Platform; body: unknown; url: string; endpoint: string } | null {
  const wrapped = asString(dig(json, 'response', 'responseBody'));
  let body: unknown = json;
  if (wrapped !== undefined) {
    try {
      body = JSON.parse(wrapped);
    } catch {
      return null;
    }
  }
  if (isObject(body) && (isObject(body.header) || isObject(body.contents) || isObject(body.metadata) || Array.isArray(body.onResponseReceivedActions))) {
    const url = explicitUrl ?? youtubeUrlFromBrowse(body);
    // A watch-next response names its video; anything else here is a channel's browse data.
    const endpoint = isObject(body.currentVideoEndpoint) ? 'https://www.youtube.com/youtubei/v1/next' : 'https://www.youtube.com/youtubei/v1/browse';
    return url ? { platform: 'youtube', body, url, endpoint } : null;
  }
  const data = dig(body, 'data');
  if (!isObject(data)) return null;
  const username =
    asString(dig(data, 'user', 'username')) ??
    asString(dig(asArray(dig(data, 'xdt_api__v1__feed__user_timeline_graphql_connection', 'edges'))[0], 'node', 'user', 'username')) ??
    asString(dig(asArray(dig(data, 'xdt_api__v1__clips__user__connection_v2', 'edges'))[0], 'node', 'media', 'user', 'username'));
  const url = explicitUrl ?? (username ? `https://www.instagram.com/${username}/` : undefined);
  if (!url) throw new VetError('this Instagram JSON does not name its creator: pass --url https://www.instagram.com/<handle>/');
  return { platform: 'instagram', body, url, endpoint: 'https://www.instagram.com/graphql/query/' };
}

export function vetSnapshotJson(
  text: string,
  options: { brief?: BrandBrief | null; i18n: I18n; url?: string; capturedAt?: string; emptyDocument?: () => Document },
): VetReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new VetError('the file is not valid JSON');
  }
  const parsed = VetSnapshotSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return score(parsed.data, options);
  const site = options.emptyDocument ? recognizeSiteJson(json, options.url) : null;
  if (!site || !options.emptyDocument) throw new VetError(`not a ProfileSnapshot: ${describeZodError(parsed.error)}`);
  // The JSON is what the page's own scripts received: read it as the content script would.
  const result = EXTRACTORS[site.platform].extract(options.emptyDocument(), new URL(site.url), {
    observed: [{ url: site.endpoint, body: site.body, at: 0 }],
    capturedAt: options.capturedAt ?? new Date().toISOString(),
  });
  if (!result.ok) throw new VetError(`${result.reason}: ${result.detail}`);
  return score(boundSnapshot(result.snapshot), options);
}

/** A `.jsonl` line that could not be vetted: its number (from 1) and why, as `path: expected …`. */
interface JsonlLineError {
  line: number;
  error: string;
}

/** One `.jsonl` line: a snapshot, or `{ snapshot, history }` with earlier snapshots of the same creator. */
export function vetJsonlLine(text: string, line: number, options: { brief?: BrandBrief | null; i18n: I18n }): VetReport | JsonlLineError {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { line, error: `not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  // The shape says which of the two forms the line is meant to be, so the error names the right fields.
  const wrapped = typeof json === 'object' && json !== null && !Array.isArray(json) && 'snapshot' in json;
  const parsed = wrapped ? WithHistorySchema.safeParse(json, { reportInput: true }) : VetSnapshotSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { line, error: describeZodError(parsed.error) };
  const { snapshot, history } = 'snapshot' in parsed.data ? parsed.data : { snapshot: parsed.data, history: [] };
  const ordered = [...history].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  return score(snapshot, { ...options, history: ordered });
}

/** One result per non-empty line, in order: a report, or the line's error. */
export function vetJsonl(text: string, options: { brief?: BrandBrief | null; i18n: I18n }): Array<VetReport | JsonlLineError> {
  const results: Array<VetReport | JsonlLineError> = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim()) results.push(vetJsonlLine(line, index + 1, options));
    });
  return results;
}

/** Validates `--captured-at`: an ISO time with a zone, as snapshots carry. */
export function parseCapturedAt(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!z.iso.datetime({ offset: true }).safeParse(value).success) {
    throw new VetError(`--captured-at ${JSON.stringify(value)}: expected an ISO date and time with a time zone, such as 2024-05-01T12:00:00Z`);
  }
  return value;
}

/** Validates `--url`: the page's own absolute http(s) address. */
export function parseUrlOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new VetError(`--url ${JSON.stringify(value)}: expected the page's address, such as https://www.instagram.com/<handle>/`);
  }
  return url.href;
}

/** Saved pages and snapshot files larger than this are refused before reading (`.jsonl` streams instead). */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;
/** Deeper than browsers build (Chromium's parser stops nesting at 512). */
export const MAX_ELEMENT_DEPTH = 512;

/** A file that is not text: NUL bytes, or mostly bytes that are not UTF-8. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65_536);
  if (head.includes(0)) return true;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  const bad = text.split('\uFFFD').length - 1;
  return bad > Math.max(8, text.length / 100);
}

/** How deeply elements nest, counted without recursion. */
export function elementDepth(doc: Document, stopAt = MAX_ELEMENT_DEPTH + 1): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = doc.documentElement ? [[doc.documentElement, 1]] : [];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest >= stopAt) return deepest;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}
