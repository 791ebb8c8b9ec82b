import * as z from 'zod/mini';
import { PlatformSchema } from '../snapshot';
import { HttpUrlSchema } from '../urls';

/**
 * The campaign draft document, stored as `db.campaigns[].campaign` and carried in JSON exports.
 * Versioned: `schemaVersion` changes only with a migration in `parseCampaign`.
 */
const CAMPAIGN_SCHEMA_VERSION = 1;

export const GOALS = ['awareness', 'sales', 'launch'] as const;
/**
 * What a KPI target counts. Reach, impressions and engagements come from the creators' posts; clicks,
 * orders and revenue from the shop's and the analytics' files; cost per order from both.
 */
export const KPI_METRICS = ['reach', 'impressions', 'engagements', 'clicks', 'orders', 'revenue', 'cost-per-order'] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];
/** Drafts saved before results were measured named three metrics differently; they load as these. */
const LEGACY_KPI_METRICS: Record<string, KpiMetric> = { traffic: 'clicks', conversions: 'orders', sales: 'revenue' };
export const KPI_KINDS = ['absolute', 'percent-increase'] as const;
/** The formats marketers book: Stories, Reels and Shorts beside photo, video, blog post and live. */
export const CONTENT_FORMATS = ['photo', 'video', 'story', 'reel', 'short', 'blog-post', 'live'] as const;
export const CONTENT_TYPES = ['unboxing', 'review', 'challenge'] as const;
export const COLLABORATION_MODELS = ['fee', 'commission', 'barter'] as const;
export const SCHEDULE_PERIODS = ['week', 'month'] as const;

const Money = z.nullable(z.number().check(z.nonnegative(), z.lte(1e12)));
const IsoDate = z.iso.date();
const IsoDateTime = z.iso.datetime({ offset: true });

const KpiTargetSchema = z.object({
  metric: z.pipe(
    z.enum([...KPI_METRICS, ...(Object.keys(LEGACY_KPI_METRICS) as Array<'traffic' | 'conversions' | 'sales'>)]),
    z.transform((m): KpiMetric => LEGACY_KPI_METRICS[m] ?? (m as KpiMetric)),
  ),
  /** "absolute": reach 500,000 (cost per order: at most); "percent-increase": +20% sales against the previous period. */
  kind: z.enum(KPI_KINDS),
  value: z.number().check(z.nonnegative(), z.lte(1e13)),
  /** The previous period's value a percent increase is measured against; null until entered. */
  baseline: z._default(z.nullable(z.number().check(z.nonnegative(), z.lte(1e13))), null),
});
export type KpiTarget = z.infer<typeof KpiTargetSchema>;

/** Either fixed posting dates, or a number of posts per week/month over a number of weeks/months. */
const ScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dates'), dates: z.array(IsoDate).check(z.maxLength(366)) }),
  z.object({
    kind: z.literal('frequency'),
    postsPerPeriod: z.number().check(z.int(), z.positive(), z.lte(100)),
    period: z.enum(SCHEDULE_PERIODS),
    periods: z.number().check(z.int(), z.positive(), z.lte(104)),
    startDate: z.nullable(IsoDate),
  }),
]);
export type Schedule = z.infer<typeof ScheduleSchema>;

const CampaignCreatorSchema = z.object({
  creatorKey: z.string().check(z.minLength(1), z.maxLength(300)),
  platform: PlatformSchema,
  handle: z.nullable(z.string().check(z.maxLength(100))),
  /** Null: the campaign's default schedule. */
  schedule: z.nullable(ScheduleSchema),
  /** The model this creator is booked on; the other models' terms are kept for comparison. */
  model: z.enum(COLLABORATION_MODELS),
  feePerPost: Money,
  commissionPercent: z.nullable(z.number().check(z.nonnegative(), z.lte(100))),
  /** Sales the marketer expects through this creator (in the campaign currency); commission is paid on it. */
  expectedSales: Money,
  /** The value of the product given in a barter. */
  productValue: Money,
  /**
   * The creator's promo code, kept once issued so removing another creator never changes it; null
   * until one is assigned (exports then derive it from the pattern).
   */
  promoCode: z.nullable(z.string().check(z.regex(/^[A-Z0-9](?:[A-Z0-9-]{0,22}[A-Z0-9])?$/))),
});
export type CampaignCreator = z.infer<typeof CampaignCreatorSchema>;

export const CampaignSchema = z.object({
  schemaVersion: z.literal(CAMPAIGN_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  goal: z.enum(GOALS),
  kpis: z.array(KpiTargetSchema).check(z.maxLength(20)),
  formats: z.array(z.enum(CONTENT_FORMATS)).check(z.maxLength(CONTENT_FORMATS.length)),
  contentTypes: z.array(z.enum(CONTENT_TYPES)).check(z.maxLength(CONTENT_TYPES.length)),
  defaultSchedule: ScheduleSchema,
  /** ISO 4217 code used for every amount in the campaign. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  budget: Money,
  /** Empty until the marketer enters one; otherwise an http(s) URL (checked again at export). */
  landingUrl: z.union([z.literal(''), HttpUrlSchema]),
  /** Promo code pattern with {HANDLE}, {CAMPAIGN}, {PLATFORM}, {N}. */
  promoPattern: z.string().check(z.minLength(1), z.maxLength(60)),
  /** The shortlist it was drafted from, if any. */
  sourceListId: z.nullable(z.string().check(z.maxLength(100))),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  creators: z.array(CampaignCreatorSchema).check(z.maxLength(10000)),
  /** The campaign's own dates; null: from the schedules (and from the day it was drafted). */
  startDate: z._default(z.nullable(IsoDate), null),
  endDate: z._default(z.nullable(IsoDate), null),
  /** Campaign hashtags without "#", lower case: a post using one is a campaign post. */
  hashtags: z._default(z.array(z.string().check(z.regex(/^[\p{L}\p{N}_]{1,100}$/u))).check(z.maxLength(20)), []),
  /** The brand's own accounts without "@", lower case: a post mentioning one is a campaign post. */
  brandHandles: z._default(z.array(z.string().check(z.regex(/^[\p{L}\p{N}_.]{1,100}$/u))).check(z.maxLength(20)), []),
});
export type Campaign = z.infer<typeof CampaignSchema>;

const DEFAULT_PROMO_PATTERN = '{HANDLE}{N}';

export function defaultSchedule(): Schedule {
  return { kind: 'frequency', postsPerPeriod: 1, period: 'week', periods: 4, startDate: null };
}

export function newCampaignCreator(entry: { creatorKey: string; platform: CampaignCreator['platform']; handle: string | null }): CampaignCreator {
  return { ...entry, schedule: null, model: 'fee', feePerPost: null, commissionPercent: null, expectedSales: null, productValue: null, promoCode: null };
}

export function newCampaign(input: {
  id: string;
  name: string;
  now: Date;
  creators: Array<{ creatorKey: string; platform: CampaignCreator['platform']; handle: string | null }>;
  sourceListId?: string | null;
  /** Chosen once, when the campaign is made: the interface language's currency (defaultCurrencyFor). */
  currency?: string;
}): Campaign {
  const iso = input.now.toISOString();
  return {
    schemaVersion: CAMPAIGN_SCHEMA_VERSION,
    id: input.id,
    name: input.name,
    goal: 'awareness',
    kpis: [],
    formats: ['video'],
    contentTypes: ['review'],
    defaultSchedule: defaultSchedule(),
    currency: input.currency ?? 'USD',
    budget: null,
    landingUrl: '',
    promoPattern: DEFAULT_PROMO_PATTERN,
    sourceListId: input.sourceListId ?? null,
    createdAt: iso,
    updatedAt: iso,
    creators: dedupeCreators(input.creators).map(newCampaignCreator),
    startDate: null,
    endDate: null,
    hashtags: [],
    brandHandles: [],
  };
}

function dedupeCreators<T extends { creatorKey: string }>(creators: T[]): T[] {
  const seen = new Set<string>();
  return creators.filter((c) => (seen.has(c.creatorKey) ? false : (seen.add(c.creatorKey), true)));
}

/** Validates a stored or imported campaign. Creator keys must be unique within a campaign. */
export function parseCampaign(raw: unknown): { ok: true; campaign: Campaign } | { ok: false; error: string } {
  const parsed = CampaignSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  const keys = new Set<string>();
  const codes = new Set<string>();
  for (const creator of parsed.data.creators) {
    if (keys.has(creator.creatorKey)) return { ok: false, error: `creator "${creator.creatorKey}" is listed twice` };
    keys.add(creator.creatorKey);
    if (creator.promoCode !== null) {
      if (codes.has(creator.promoCode)) return { ok: false, error: `promo code "${creator.promoCode}" is used twice` };
      codes.add(creator.promoCode);
    }
  }
  return { ok: true, campaign: parsed.data };
}

/** How many posts a schedule asks for. */
export function postsInSchedule(schedule: Schedule): number {
  return schedule.kind === 'dates' ? new Set(schedule.dates).size : schedule.postsPerPeriod * schedule.periods;
}

export function scheduleFor(campaign: Pick<Campaign, 'defaultSchedule'>, creator: Pick<CampaignCreator, 'schedule'>): Schedule {
  return creator.schedule ?? campaign.defaultSchedule;
}
