import * as z from 'zod/mini';
import { BrandBriefSchema, type BrandBrief } from '../brief';
import type { I18n } from '../i18n/translate';
import { extractorForUrl } from '../platforms';
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

export function parseBrief(text: string): BrandBrief {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new VetError('the brief is not valid JSON');
  }
  const parsed = BrandBriefSchema.safeParse(json);
  if (!parsed.success) throw new VetError(`the brief is not a Vetlens brief: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** The page's own address: --url, else its canonical link, else og:url. */
export function pageUrl(doc: Document, explicit?: string): URL {
  const candidates = [explicit, doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content')];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return new URL(candidate);
    } catch {
      // try the next one
    }
  }
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

export function vetSnapshotJson(text: string, options: { brief?: BrandBrief | null; i18n: I18n }): VetReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new VetError('the file is not valid JSON');
  }
  const parsed = ProfileSnapshotSchema.safeParse(json);
  if (!parsed.success) throw new VetError(`not a ProfileSnapshot: ${describeZodError(parsed.error)}`);
  return { snapshot: parsed.data, scores: scoreSnapshot(parsed.data, { i18n: options.i18n, brief: options.brief ?? null }) };
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
