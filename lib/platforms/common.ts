import { ProfileSnapshotSchema, type CountField, type PostCount, type ExtractResult, type Post, type Precision, type ProfileSnapshot } from '../snapshot';
import type { ParsedCount } from '../parse/count';
import { withCredibleViews } from './post-views';
import { LINKS_PER_PROFILE, POST_LIMITS } from '../limits';
import { roundingWindow } from './rounding';

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
  for (const [field, reading] of Object.entries(source) as [CountField, CountReading | undefined][]) if (reading && !target[field]) target[field] = reading;
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

/** Whether two readings of one count can be the same number: equal, or within the rounding of a rounded one. */
export function readingsAgree(a: CountReading, b: CountReading): boolean {
  const within = (rounded: number, other: number) => {
    const [low, high] = roundingWindow(rounded);
    return other >= low && other < high;
  };
  if (a.precision === 'exact' && b.precision === 'exact') return a.value === b.value;
  if (a.precision === 'rounded' && b.precision === 'rounded') return within(a.value, b.value) || within(b.value, a.value);
  return a.precision === 'rounded' ? within(a.value, b.value) : within(b.value, a.value);
}

/** A count as one source read it, and when: observed responses at their arrival, embedded JSON first of all (-Infinity). */
export interface TimedReading extends CountReading {
  at: number;
}

/**
 * The newest reading wins, so a value read earlier (a stale or forged one) never outlives newer ones.
 * Only an older exact reading that agrees with a newer rounded one is kept over it: the same
 * number, with all its digits ("783.4K" now, 783,427 a moment ago).
 */
export function newestReading(readings: readonly TimedReading[]): CountReading | null {
  const byTime = [...readings].sort((a, b) => (a.at === b.at ? 0 : b.at > a.at ? 1 : -1));
  const newest = byTime[0];
  if (!newest) return null;
  const exact = newest.precision === 'rounded' ? byTime.find((reading) => reading.precision === 'exact' && readingsAgree(newest, reading)) : undefined;
  const chosen = exact ?? newest;
  return { value: chosen.value, precision: chosen.precision };
}

/** What the page's own text can contradict in data the page loaded. */
export type OverruledField = 'followers' | 'displayName' | 'verified';

/** What the visible page shows of the creator, to check the page's loaded data against. */
export interface ShownCreator {
  followers?: CountReading | null;
  /** Texts of the rendered header: a display name the page loaded must be one of them. */
  names?: readonly string[];
  /** The badge as the page shows it: true or false where it can tell, null where it cannot. */
  verified?: boolean | null;
}

const normalizeName = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Where data the page loaded disagrees with what the page shows. The visible page wins: data that
 * contradicts it (a follower count outside the shown one's rounding, a name the header does not show,
 * a badge the header does not have) is set aside whole by the caller, and the card says so.
 */
export function contradictions(
  shown: ShownCreator,
  data: { followers?: CountReading | null; displayName?: string | null; verified?: boolean | null },
): OverruledField[] {
  const fields: OverruledField[] = [];
  if (shown.followers && data.followers && !readingsAgree(shown.followers, data.followers)) fields.push('followers');
  const name = data.displayName ? normalizeName(data.displayName) : '';
  if (name && shown.names && shown.names.length > 0 && !shown.names.some((text) => normalizeName(text) === name)) fields.push('displayName');
  if (typeof shown.verified === 'boolean' && typeof data.verified === 'boolean' && shown.verified !== data.verified) fields.push('verified');
  return fields;
}

export function hasAnyCount(counts: CountReadings): boolean {
  return Object.values(counts).some(Boolean);
}

type Draft = Omit<ProfileSnapshot, 'followers' | 'following' | 'postCount' | 'totalLikes' | 'precision'> & { counts: CountReadings };

/** Turns what a module read into a validated snapshot, or an explicit "unreadable" when it fails the schema. */
export function finishSnapshot(draft: Draft): ExtractResult {
  const { counts, overruled, ...rest } = draft;
  const precision: ProfileSnapshot['precision'] = {};
  for (const [field, reading] of Object.entries(counts) as [CountField, CountReading | undefined][]) if (reading) precision[field] = reading.precision;
  const candidate: ProfileSnapshot = {
    ...rest,
    followers: counts.followers?.value ?? null,
    following: counts.following?.value ?? null,
    postCount: counts.postCount?.value ?? null,
    totalLikes: counts.totalLikes?.value ?? null,
    precision,
    posts: rest.posts.slice(0, POST_LIMITS.perSnapshot).map(withCredibleViews),
    links: [...new Set(rest.links)].slice(0, LINKS_PER_PROFILE),
    sources: [...new Set(rest.sources)].slice(0, 10),
    ...(overruled && overruled.length > 0 ? { overruled: [...new Set(overruled)] } : {}),
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

export type PostCountField = PostCount;

/** Builds a post's `rounded` list from the fields that were rounded; absent when none were. */
export function roundedList(flags: Partial<Record<PostCountField, boolean>>): Post['rounded'] {
  const list = (Object.entries(flags) as [PostCountField, boolean][]).filter(([, rounded]) => rounded).map(([field]) => field);
  return list.length > 0 ? list : undefined;
}
