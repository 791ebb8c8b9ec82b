import * as z from 'zod/mini';
import type { BrandBrief } from '../brief';
import { validateBrief } from '../briefs';
import type { I18n } from '../i18n/translate';
import { EXTRACTORS, extractorForUrl } from '../platforms';
import { isObject, dig, asArray, asString } from '../platforms/json';
import { isTikTokBotCheck } from '../platforms/tiktok';
import { tiktokUrlFromEmbedded, youtubeUrlFromBrowse, youtubeUrlFromRendered } from './page-address';
import type { Platform } from '../snapshot';
import { scoreSnapshot } from '../scoring';
import type { Scores } from '../scoring/types';
import { ProfileSnapshotSchema, type ProfileSnapshot } from '../snapshot';

export interface VetReport {
  snapshot: ProfileSnapshot;
  scores: Scores;
}

export class VetError extends Error {}

/** A `.jsonl` line: a snapshot, or a snapshot with earlier snapshots of the same creator. */
const JsonlLineSchema = z.union([
  ProfileSnapshotSchema,
  z.object({ snapshot: ProfileSnapshotSchema, history: z.array(ProfileSnapshotSchema).check(z.maxLength(1000)) }),
]);

function describeZodError(error: z.core.$ZodError): string {
  return z.prettifyError(error).replace(/\s*\n\s*/g, '; ').slice(0, 400);
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
  if (!result.ok) throw new VetError(`the brief is not a Vetlens brief: ${result.error.replace(/\s*\n\s*/g, '; ')}`);
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
  if (isTikTokBotCheck(doc)) throw new VetError("bot-check: TikTok's \"Please wait…\" bot check, with no profile on it");
  throw new VetError('cannot tell which site this page is from: pass --url <the page address>');
}

export function vetDocument(doc: Document, options: { url?: string; capturedAt?: string; brief?: BrandBrief | null; i18n: I18n }): VetReport {
  const url = pageUrl(doc, options.url);
  const extractor = extractorForUrl(url);
  if (!extractor) throw new VetError(`not a page Vetlens reads: ${url.hostname} (Instagram, TikTok and YouTube only)`);
  const result = extractor.extract(doc, url, { capturedAt: options.capturedAt ?? new Date().toISOString() });
  if (!result.ok) throw new VetError(`${result.reason}: ${result.detail}`);
  return { snapshot: result.snapshot, scores: scoreSnapshot(result.snapshot, { i18n: options.i18n, brief: options.brief ?? null }) };
}

/**
 * Raw JSON a site's own scripts receive, as saved by scrapers' test suites: Instagram's
 * web_profile_info and GraphQL connections, and YouTube browse responses (bare, or in NewPipe's
 * `{request, response: {responseBody}}` wrapper). Returns the platform, the body and its page URL.
 */
export function recognizeSiteJson(json: unknown, explicitUrl?: string): { platform: Platform; body: unknown; url: string } | null {
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
    return url ? { platform: 'youtube', body, url } : null;
  }
  const data = dig(body, 'data');
  if (!isObject(data)) return null;
  const username =
    asString(dig(data, 'user', 'username')) ??
    asString(dig(asArray(dig(data, 'xdt_api__v1__feed__user_timeline_graphql_connection', 'edges'))[0], 'node', 'user', 'username')) ??
    asString(dig(asArray(dig(data, 'xdt_api__v1__clips__user__connection_v2', 'edges'))[0], 'node', 'media', 'user', 'username'));
  const url = explicitUrl ?? (username ? `https://www.instagram.com/${username}/` : undefined);
  if (!url) throw new VetError("this Instagram JSON does not name its creator: pass --url https://www.instagram.com/<handle>/");
  return { platform: 'instagram', body, url };
}

export function vetSnapshotJson(text: string, options: { brief?: BrandBrief | null; i18n: I18n; url?: string; capturedAt?: string; emptyDocument?: () => Document }): VetReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new VetError('the file is not valid JSON');
  }
  const parsed = ProfileSnapshotSchema.safeParse(json);
  if (parsed.success) return { snapshot: parsed.data, scores: scoreSnapshot(parsed.data, { i18n: options.i18n, brief: options.brief ?? null }) };
  const site = options.emptyDocument ? recognizeSiteJson(json, options.url) : null;
  if (!site || !options.emptyDocument) throw new VetError(`not a ProfileSnapshot: ${describeZodError(parsed.error)}`);
  // The JSON is what the page's own scripts received: read it as the content script would.
  const result = EXTRACTORS[site.platform].extract(options.emptyDocument(), new URL(site.url), {
    observed: [{ url: site.url, body: site.body, at: 0 }],
    capturedAt: options.capturedAt ?? new Date().toISOString(),
  });
  if (!result.ok) throw new VetError(`${result.reason}: ${result.detail}`);
  return { snapshot: result.snapshot, scores: scoreSnapshot(result.snapshot, { i18n: options.i18n, brief: options.brief ?? null }) };
}

/** One report per non-empty line; a bad line is an error naming its line number. */
export function vetJsonl(text: string, options: { brief?: BrandBrief | null; i18n: I18n }): VetReport[] {
  const reports: VetReport[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new VetError(`line ${index + 1}: not valid JSON`);
    }
    const parsed = JsonlLineSchema.safeParse(json);
    if (!parsed.success) throw new VetError(`line ${index + 1}: ${describeZodError(parsed.error)}`);
    const { snapshot, history } = 'snapshot' in parsed.data ? parsed.data : { snapshot: parsed.data, history: [] };
    const ordered = [...history].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
    reports.push({ snapshot, scores: scoreSnapshot(snapshot, { i18n: options.i18n, brief: options.brief ?? null, history: ordered }) });
  });
  return reports;
}
