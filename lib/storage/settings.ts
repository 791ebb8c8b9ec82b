import * as z from 'zod/mini';
import { BrandBriefSchema, type BrandBrief } from '../brief';
import type { I18n } from '../i18n/translate';
import { DEFAULT_WEIGHTS, type ScoreWeights } from '../scoring/types';
import type { VetlensDB } from './db';

/**
 * Settings, as Dark Reader keeps them: each key Vetlens reads has one rule, every read is
 * validated, and a value that fails its rule (or is missing) falls back to the default. The
 * background's scoring, the side panel and a restored backup all go through these rules.
 */

/** The id of the brief scores are measured against; none when unset. */
export const SETTING_ACTIVE_BRIEF = 'activeBriefId';
/** How much engagement, authenticity and brand fit each count in the overall score. */
const SETTING_WEIGHTS = 'weights';

const Weight = z.number().check(z.gte(0), z.lte(1));
/** The one rule for score weights: each a finite number from 0 to 1, with a sum above zero. */
const WeightsSchema = z
  .object({ engagement: Weight, authenticity: Weight, brandFit: Weight })
  .check(z.refine((w) => w.engagement + w.authenticity + w.brandFit > 0, { message: 'at least one weight must be above zero' }));

/** The rule of each setting Vetlens reads; any other key may hold only a small plain value. */
const SETTING_RULES: Readonly<Record<string, z.ZodMiniType>> = {
  [SETTING_WEIGHTS]: WeightsSchema,
  [SETTING_ACTIVE_BRIEF]: z.string().check(z.minLength(1), z.maxLength(100)),
};
const PlainSetting = z.union([z.null(), z.boolean(), z.number(), z.string().check(z.maxLength(1000))]);

/** The rule a setting's value must pass (a restored backup checks each setting with it). */
export function settingRule(key: string): z.ZodMiniType {
  // Own keys only: "__proto__" or "constructor" must not find Object's prototype here.
  return Object.hasOwn(SETTING_RULES, key) ? SETTING_RULES[key]! : PlainSetting;
}

/** The stored weights, validated; invalid or missing data falls back to the defaults. */
export async function loadWeights(db: VetlensDB): Promise<ScoreWeights> {
  const parsed = WeightsSchema.safeParse((await db.settings.get(SETTING_WEIGHTS))?.value);
  return parsed.success ? parsed.data : DEFAULT_WEIGHTS;
}

/**
 * Stores weights normalised to sum to 1, so "40/40/20" and "2/2/1" mean the same mix. Refuses
 * what cannot be such a mix: a negative or missing number, or nothing above zero.
 */
export async function saveWeights(db: VetlensDB, raw: ScoreWeights, i18n: I18n): Promise<{ ok: true; value: ScoreWeights } | { ok: false; error: string }> {
  const sum = raw.engagement + raw.authenticity + raw.brandFit;
  const parsed =
    Number.isFinite(sum) && sum > 0
      ? WeightsSchema.safeParse({ engagement: raw.engagement / sum, authenticity: raw.authenticity / sum, brandFit: raw.brandFit / sum })
      : null;
  if (!parsed?.success) return { ok: false, error: i18n.t('briefs_error_weights') };
  await db.settings.put({ key: SETTING_WEIGHTS, value: parsed.data });
  return { ok: true, value: parsed.data };
}

/** The active brief's id, when it names a stored brief. */
export async function getActiveBriefId(db: VetlensDB): Promise<string | null> {
  const setting = await db.settings.get(SETTING_ACTIVE_BRIEF);
  if (typeof setting?.value !== 'string') return null;
  return (await db.briefs.get(setting.value)) ? setting.value : null;
}

/**
 * Makes the brief active when no brief is: the first brief a marketer saves is the one they mean to
 * score with, not one to choose again in another menu. Returns whether it became active.
 */
export async function activateIfNone(db: VetlensDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.briefs, db.settings, async () => {
    if ((await getActiveBriefId(db)) !== null || !(await db.briefs.get(id))) return false;
    await db.settings.put({ key: SETTING_ACTIVE_BRIEF, value: id });
    return true;
  });
}

/** Makes a brief the active one, or none with null. Refuses an id that is not stored. */
export async function setActiveBrief(db: VetlensDB, id: string | null): Promise<boolean> {
  return db.transaction('rw', db.briefs, db.settings, async () => {
    if (id === null) {
      await db.settings.delete(SETTING_ACTIVE_BRIEF);
      return true;
    }
    if (!(await db.briefs.get(id))) return false;
    await db.settings.put({ key: SETTING_ACTIVE_BRIEF, value: id });
    return true;
  });
}

/**
 * What scoring needs from the settings, validated on the way out of storage: the active brief (none
 * when it is missing or no longer passes the brief's schema) and the weights.
 */
export async function loadScoringSettings(db: VetlensDB): Promise<{ brief: BrandBrief | null; weights: ScoreWeights }> {
  const [active, weights] = await Promise.all([db.settings.get(SETTING_ACTIVE_BRIEF), loadWeights(db)]);
  const stored = typeof active?.value === 'string' ? await db.briefs.get(active.value) : undefined;
  const brief = stored ? BrandBriefSchema.safeParse(stored.brief) : null;
  return { brief: brief?.success ? brief.data : null, weights };
}
