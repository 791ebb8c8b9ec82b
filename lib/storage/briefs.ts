import { BrandBriefSchema, type BrandBrief } from '../brief';
import { iabCategoryByName } from '../data/iab-categories';
import type { I18n } from '../i18n/translate';
import { formatZodError } from '../validation';
import type { VetlensDB } from './db';
import { StoredBriefSchema, type StoredBrief } from './records';
import { SETTING_ACTIVE_BRIEF } from './settings';

/**
 * Brand briefs as the marketer keeps them: checked by the brief's rules (lib/brief.ts, the IAB
 * category names, a sensible follower range) before any is stored, imported from and exported to
 * the JSON files `npm run vet --brand` reads. Which brief is active is a setting (./settings.ts).
 */

type BriefResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Stored briefs by name; a row that no longer passes the brief's schema is left out, never shown as data. */
export async function listBriefs(db: VetlensDB): Promise<StoredBrief[]> {
  const rows = (await db.briefs.toArray()).flatMap((row) => {
    const parsed = StoredBriefSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  return rows.sort((a, b) => a.brief.name.localeCompare(b.brief.name) || a.id.localeCompare(b.id));
}

/**
 * Category names as the IAB list spells them; unknown names are an error, so a brief never holds a
 * category the picker cannot show.
 */
function canonicalCategories(categories: readonly string[], i18n: I18n): BriefResult<string[]> {
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

/** The brief JSON of `npm run vet --brand`: exactly the BrandBrief fields. */
export function exportBriefJson(brief: BrandBrief): string {
  return `${JSON.stringify(BrandBriefSchema.parse(brief), null, 2)}\n`;
}

export function exportFileName(brief: BrandBrief): string {
  // Letters of any script stay (Azerbaijani names must not collapse to dashes); the rest becomes "-".
  const slug = brief.name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
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
