import { ProfileSnapshotSchema, type CountField, type ExtractResult, type Post, type Precision, type ProfileSnapshot } from '../snapshot';
import type { ParsedCount } from '../parse/count';

/** A count as read: the number and whether the page gave every digit. */
export interface CountReading {
  value: number;
  precision: Precision;
}

export function fromParsed(parsed: ParsedCount | null): CountReading | null {
  return parsed ? { value: parsed.value, precision: parsed.exact ? 'exact' : 'rounded' } : null;
}

/** The profile counts a module read, each with its precision; missing means the page did not give it. */
export type CountReadings = Partial<Record<CountField, CountReading>>;

/** Sets each field of `target` that is still missing from `source`. */
export function fillCounts(target: CountReadings, source: CountReadings): void {
  for (const [field, reading] of Object.entries(source) as [CountField, CountReading | undefined][])
    if (reading && !target[field]) target[field] = reading;
}

/**
 * Adds `source` to `target` where a source of lower trust may still help: fills each missing field,
 * and replaces a rounded reading with an exact one ("187.4K" from the text, "187,400" later from a title).
 */
export function mergeCounts(target: CountReadings, source: CountReadings): void {
  for (const [field, reading] of Object.entries(source) as [CountField, CountReading | undefined][]) {
    const current = target[field];
    if (reading && (!current || (current.precision === 'rounded' && reading.precision === 'exact'))) target[field] = reading;
  }
}

export function hasAnyCount(counts: CountReadings): boolean {
  return Object.values(counts).some(Boolean);
}

type Draft = Omit<ProfileSnapshot, 'followers' | 'following' | 'postCount' | 'totalLikes' | 'precision'> & { counts: CountReadings };

/** Turns what a module read into a validated snapshot, or an explicit "unreadable" when it fails the schema. */
export function finishSnapshot(draft: Draft): ExtractResult {
  const { counts, ...rest } = draft;
  const precision: ProfileSnapshot['precision'] = {};
  for (const [field, reading] of Object.entries(counts) as [CountField, CountReading | undefined][])
    if (reading) precision[field] = reading.precision;
  const candidate: ProfileSnapshot = {
    ...rest,
    followers: counts.followers?.value ?? null,
    following: counts.following?.value ?? null,
    postCount: counts.postCount?.value ?? null,
    totalLikes: counts.totalLikes?.value ?? null,
    precision,
    posts: rest.posts.slice(0, 500),
    links: [...new Set(rest.links)].slice(0, 50),
    sources: [...new Set(rest.sources)].slice(0, 10),
  };
  const parsed = ProfileSnapshotSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: 'unreadable', detail: `snapshot failed validation: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  return { ok: true, snapshot: parsed.data };
}

/** Adds https:// to a bio link printed without a scheme ("twitch.tv/illojuan"); drops anything that is not http(s). */
export function normalizeLink(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.slice(0, 2000);
  } catch {
    return null;
  }
}

/** Unix seconds (number or digit string) → ISO, or null. */
export function isoFromUnixSeconds(value: unknown): string | null {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\d{9,11}$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export type PostCountField = 'likes' | 'comments' | 'views' | 'shares' | 'saves';

/** Builds a post's `rounded` list from the fields that were rounded; absent when none were. */
export function roundedList(flags: Partial<Record<PostCountField, boolean>>): Post['rounded'] {
  const list = (Object.entries(flags) as [PostCountField, boolean][]).filter(([, rounded]) => rounded).map(([field]) => field);
  return list.length > 0 ? list : undefined;
}
