import * as z from 'zod/mini';
import { BrandBriefSchema, type BrandBrief } from '../brief';
import { iabCategoryByName } from '../data/iab-categories';
import type { StoredBrief, VetlensDB } from './db';
import type { I18n } from '../i18n/translate';
import { formatZodError } from '../validation';
import { DEFAULT_WEIGHTS, type ScoreWeights } from '../scoring/types';

/** Setting keys read by the background (lib/background/service.ts) when it scores. */
export const SETTING_ACTIVE_BRIEF = 'activeBriefId';
export const SETTING_WEIGHTS = 'weights';

/**
 * The one rule for score weights, wherever they are read or written (the side panel, the
 * background's scoring, a restored backup): each a finite number from 0 to 1, with a sum above zero.
 */
export const WeightsSchema = z
  .object({ engagement: z.number().check(z.gte(0), z.lte(1)), authenticity: z.number().check(z.gte(0), z.lte(1)), brandFit: z.number().check(z.gte(0), z.lte(1)) })
  .check(z.refine((w) => w.engagement + w.authenticity + w.brandFit > 0, { message: 'at least one weight must be above zero' }));

export type BriefResult<T> = { ok: true; value: T } | { ok: false; error: string };

export async function listBriefs(db: VetlensDB): Promise<StoredBrief[]> {
  const rows = await db.briefs.toArray();
  return rows.sort((a, b) => a.brief.name.localeCompare(b.brief.name) || a.id.localeCompare(b.id));
}

/**
 * Category names as the IAB list spells them; unknown names are an error, so a brief never holds a
 * category the picker cannot show.
 */
export function canonicalCategories(categories: readonly string[], i18n: I18n): BriefResult<string[]> {
  const out: string[] = [];
  for (const name of categories) {
    const category = iabCategoryByName(name);
    if (!category) return { ok: false, error: i18n.t('briefs_error_unknown_category', name) };
    if (!out.includes(category.name)) out.push(category.name);
  }
  return { ok: true, value: out };
}

/** Validates a brief (schema, IAB names, a sensible follower range) without touching storage. */
export function validateBrief(raw: unknown, i18n: I18n): BriefResult<BrandBrief> {
  const parsed = BrandBriefSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: i18n.t('briefs_error_invalid', formatZodError(parsed.error).slice(0, 600)) };
  const brief = parsed.data;
  const { min, max } = brief.followerRange;
  if (min !== null && max !== null && min > max) return { ok: false, error: i18n.t('briefs_error_range') };
  const categories = canonicalCategories(brief.categories, i18n);
  if (!categories.ok) return categories;
  return { ok: true, value: { ...brief, categories: categories.value } };
}

export async function saveBrief(db: VetlensDB, raw: unknown, i18n: I18n, options: { id?: string; now?: Date } = {}): Promise<BriefResult<StoredBrief>> {
  const valid = validateBrief(raw, i18n);
  if (!valid.ok) return valid;
  const row: StoredBrief = { id: options.id ?? crypto.randomUUID(), brief: valid.value, updatedAt: (options.now ?? new Date()).toISOString() };
  await db.briefs.put(row);
  return { ok: true, value: row };
}

export interface DeletedBrief {
  row: StoredBrief;
  wasActive: boolean;
}

/** Deletes a brief and, if it was the active one, clears that setting; returns what undo needs. */
export async function deleteBrief(db: VetlensDB, id: string): Promise<DeletedBrief | null> {
  return db.transaction('rw', db.briefs, db.settings, async () => {
    const row = await db.briefs.get(id);
    if (!row) return null;
    const active = await db.settings.get(SETTING_ACTIVE_BRIEF);
    const wasActive = active?.value === id;
    await db.briefs.delete(id);
    if (wasActive) await db.settings.delete(SETTING_ACTIVE_BRIEF);
    return { row, wasActive };
  });
}

export async function undoDeleteBrief(db: VetlensDB, deleted: DeletedBrief): Promise<void> {
  await db.transaction('rw', db.briefs, db.settings, async () => {
    await db.briefs.put(deleted.row);
    if (deleted.wasActive) await db.settings.put({ key: SETTING_ACTIVE_BRIEF, value: deleted.row.id });
  });
}

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

/** The stored weights, validated; invalid or missing data falls back to the defaults. */
export async function loadWeights(db: VetlensDB): Promise<ScoreWeights> {
  const parsed = WeightsSchema.safeParse((await db.settings.get(SETTING_WEIGHTS))?.value);
  return parsed.success ? parsed.data : DEFAULT_WEIGHTS;
}

/** Stores weights normalised to sum to 1, so "40/40/20" and "2/2/1" mean the same mix. */
export async function saveWeights(db: VetlensDB, raw: ScoreWeights, i18n: I18n): Promise<BriefResult<ScoreWeights>> {
  const values = [raw.engagement, raw.authenticity, raw.brandFit];
  if (values.some((v) => !Number.isFinite(v) || v < 0)) return { ok: false, error: i18n.t('briefs_error_weights') };
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum <= 0) return { ok: false, error: i18n.t('briefs_error_weights') };
  const weights = { engagement: raw.engagement / sum, authenticity: raw.authenticity / sum, brandFit: raw.brandFit / sum };
  const parsed = WeightsSchema.safeParse(weights);
  if (!parsed.success) return { ok: false, error: i18n.t('briefs_error_weights') };
  await db.settings.put({ key: SETTING_WEIGHTS, value: parsed.data });
  return { ok: true, value: parsed.data };
}

/** The brief JSON of `npm run vet --brand`: exactly the BrandBrief fields. */
export function exportBriefJson(brief: BrandBrief): string {
  return `${JSON.stringify(BrandBriefSchema.parse(brief), null, 2)}\n`;
}

export function exportFileName(brief: BrandBrief): string {
  // Letters of any script stay (Azerbaijani names must not collapse to dashes); the rest becomes "-".
  const slug = brief.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80);
  return `vetlens-brief-${slug || 'untitled'}.json`;
}

const MAX_IMPORT_BYTES = 1_000_000;

/** Parses an imported file: one brief or an array of briefs. Every brief must pass before any is stored. */
export function parseBriefImport(text: string, i18n: I18n): BriefResult<BrandBrief[]> {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: i18n.t('briefs_error_too_large') };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: i18n.t('briefs_error_json', error instanceof Error ? error.message : String(error)) };
  }
  const items = Array.isArray(json) ? json : [json];
  if (items.length === 0 || items.length > 100) return { ok: false, error: i18n.t('briefs_error_count') };
  const briefs: BrandBrief[] = [];
  for (const [i, item] of items.entries()) {
    const valid = validateBrief(item, i18n);
    if (!valid.ok) return { ok: false, error: items.length > 1 ? i18n.t('briefs_error_in_item', i + 1, valid.error) : valid.error };
    briefs.push(valid.value);
  }
  return { ok: true, value: briefs };
}

/** Imports briefs in one transaction: all of them or, on any error, none. */
export async function importBriefs(db: VetlensDB, text: string, i18n: I18n, now = new Date()): Promise<BriefResult<StoredBrief[]>> {
  const parsed = parseBriefImport(text, i18n);
  if (!parsed.ok) return parsed;
  const rows = parsed.value.map((brief) => ({ id: crypto.randomUUID(), brief, updatedAt: now.toISOString() }));
  await db.transaction('rw', db.briefs, async () => {
    await db.briefs.bulkAdd(rows);
  });
  return { ok: true, value: rows };
}

/** Splits a comma- or line-separated field into trimmed, unique, non-empty entries. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,\n]/)) {
    const value = part.trim();
    if (value && !seen.has(value.toLowerCase())) {
      seen.add(value.toLowerCase());
      out.push(value);
    }
  }
  return out;
}
