import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CSSProperties, TargetedEvent } from 'preact';
import { emptyBrief, type BrandBrief } from '../../lib/brief';
import { activateIfNone, getActiveBriefId, loadWeights, saveWeights, setActiveBrief } from '../../lib/storage/settings';
import {
  deleteBrief,
  exportBriefJson,
  exportFileName,
  importBriefs,
  listBriefs,
  saveBrief,
  splitList,
  undoDeleteBrief,
  type DeletedBrief,
} from '../../lib/storage/briefs';
import { iabLineage, searchIabCategories } from '../../lib/data/iab-categories';
import type { StoredBrief } from '../../lib/storage/records';
import type { VetlensDB } from '../../lib/storage/db';
import type { I18n } from '../../lib/i18n/translate';
import { PLATFORMS, type Platform } from '../../lib/snapshot';

interface FormState {
  name: string;
  keywords: string;
  categories: string[];
  languages: string;
  competitors: string;
  avoidWords: string;
  min: string;
  max: string;
  platforms: Platform[];
}

type Status = { kind: 'ok' | 'error'; text: string; undo?: DeletedBrief } | null;

const WEIGHT_KEYS = ['engagement', 'authenticity', 'brandFit'] as const;

function formFrom(brief: BrandBrief): FormState {
  return {
    name: brief.name,
    keywords: brief.keywords.join(', '),
    categories: [...brief.categories],
    languages: brief.languages.join(', '),
    competitors: brief.competitors.join(', '),
    avoidWords: brief.avoidWords.join(', '),
    min: brief.followerRange.min === null ? '' : String(brief.followerRange.min),
    max: brief.followerRange.max === null ? '' : String(brief.followerRange.max),
    platforms: [...brief.platforms],
  };
}

/** The form as a brief, or the first thing wrong with it in the marketer's words. */
function briefFrom(form: FormState, i18n: I18n): { ok: true; brief: BrandBrief } | { ok: false; error: string } {
  const count = (text: string): number | null | undefined => {
    const trimmed = text.trim().replace(/[\s,_]/g, '');
    if (!trimmed) return null;
    return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
  };
  const min = count(form.min);
  const max = count(form.max);
  if (min === undefined) return { ok: false, error: i18n.t('briefs_error_number', form.min) };
  if (max === undefined) return { ok: false, error: i18n.t('briefs_error_number', form.max) };
  const languages = splitList(form.languages).map((l) => l.toLowerCase());
  const badLanguage = languages.find((l) => !/^[a-z]{2}$/.test(l));
  if (badLanguage) return { ok: false, error: i18n.t('briefs_error_language', badLanguage) };
  return {
    ok: true,
    brief: {
      name: form.name.trim(),
      keywords: splitList(form.keywords),
      categories: form.categories,
      languages,
      competitors: splitList(form.competitors),
      avoidWords: splitList(form.avoidWords),
      followerRange: { min, max },
      platforms: form.platforms,
    },
  };
}

const styles = {
  panel: { display: 'flex', flexDirection: 'column', gap: '16px', padding: '12px', fontSize: '14px', lineHeight: '20px' },
  section: { display: 'flex', flexDirection: 'column', gap: '8px', border: '1px solid #d0d7de', borderRadius: '6px', padding: '12px' },
  field: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  input: { padding: '6px 8px', fontSize: '14px', borderRadius: '4px', border: '1px solid #8c959f' },
  list: { listStyle: 'none', margin: '0px', padding: '0px', display: 'flex', flexDirection: 'column', gap: '4px' },
  chip: { display: 'inline-flex', gap: '4px', alignItems: 'center', padding: '2px 8px', borderRadius: '12px', background: '#eef2f6' },
  results: { maxHeight: '180px', overflowY: 'auto', border: '1px solid #d0d7de', borderRadius: '4px', padding: '4px' },
  ok: { color: '#1a7f37' },
  error: { color: '#cf222e' },
} satisfies Record<string, CSSProperties>;

/** The brand briefs workspace (list, edit, import/export, active brief, score weights). */
export function BriefsPanel(props: { db: VetlensDB; i18n: I18n }) {
  const { db, i18n } = props;
  const { t } = i18n;
  const [rows, setRows] = useState<StoredBrief[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [form, setForm] = useState<FormState>(() => formFrom(emptyBrief('')));
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [weights, setWeights] = useState<Record<(typeof WEIGHT_KEYS)[number], string>>({ engagement: '', authenticity: '', brandFit: '' });

  async function refresh(): Promise<void> {
    const [list, active, w] = await Promise.all([listBriefs(db), getActiveBriefId(db), loadWeights(db)]);
    setRows(list);
    setActiveId(active);
    setWeights({ engagement: String(Math.round(w.engagement * 100)), authenticity: String(Math.round(w.authenticity * 100)), brandFit: String(Math.round(w.brandFit * 100)) });
  }

  useEffect(() => {
    void refresh();
  }, [db]);

  const results = useMemo(() => searchIabCategories(query, 30).filter((c) => !form.categories.includes(c.name)), [query, form.categories]);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: 'name' | 'keywords' | 'languages' | 'competitors' | 'avoidWords' | 'min' | 'max') => (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, e.currentTarget.value);

  function edit(row: StoredBrief | null): void {
    setEditingId(row?.id ?? null);
    setForm(formFrom(row?.brief ?? emptyBrief('')));
    setQuery('');
  }

  async function onSave(e: Event): Promise<void> {
    e.preventDefault();
    const built = briefFrom(form, i18n);
    if (!built.ok) return setStatus({ kind: 'error', text: built.error });
    const saved = await saveBrief(db, built.brief, i18n, editingId ? { id: editingId } : {});
    if (!saved.ok) return setStatus({ kind: 'error', text: saved.error });
    const activated = await activateIfNone(db, saved.value.id);
    setEditingId(saved.value.id);
    setForm(formFrom(saved.value.brief));
    setStatus({ kind: 'ok', text: t(activated ? 'briefs_saved_active' : 'briefs_saved', saved.value.brief.name) });
    await refresh();
  }

  async function onDelete(): Promise<void> {
    if (!editingId) return;
    const deleted = await deleteBrief(db, editingId);
    if (!deleted) return;
    edit(null);
    setStatus({ kind: 'ok', text: t('briefs_deleted', deleted.row.brief.name), undo: deleted });
    await refresh();
  }

  async function onUndo(deleted: DeletedBrief): Promise<void> {
    await undoDeleteBrief(db, deleted);
    edit(deleted.row);
    setStatus({ kind: 'ok', text: t('briefs_restored', deleted.row.brief.name) });
    await refresh();
  }

  async function onActive(e: TargetedEvent<HTMLSelectElement>): Promise<void> {
    const value = e.currentTarget.value;
    await setActiveBrief(db, value || null);
    await refresh();
  }

  async function onImport(e: TargetedEvent<HTMLInputElement>): Promise<void> {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const result = await importBriefs(db, await file.text(), i18n);
    input.value = '';
    if (!result.ok) return setStatus({ kind: 'error', text: result.error });
    const activated = result.value[0] ? await activateIfNone(db, result.value[0].id) : false;
    setStatus({ kind: 'ok', text: t('briefs_imported', result.value.length) + (activated ? ` ${t('briefs_now_active', result.value[0]!.brief.name)}` : '') });
    if (result.value[0]) edit(result.value[0]);
    await refresh();
  }

  function onExport(): void {
    const row = rows.find((r) => r.id === editingId);
    if (!row) return;
    const blob = new Blob([exportBriefJson(row.brief)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(row.brief);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  async function onSaveWeights(e: Event): Promise<void> {
    e.preventDefault();
    const numbers = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, weights[k].trim() === '' ? Number.NaN : Number(weights[k])])) as Record<(typeof WEIGHT_KEYS)[number], number>;
    const saved = await saveWeights(db, numbers, i18n);
    if (!saved.ok) return setStatus({ kind: 'error', text: saved.error });
    const w = saved.value;
    setStatus({ kind: 'ok', text: t('briefs_weights_saved', Math.round(w.engagement * 100), Math.round(w.authenticity * 100), Math.round(w.brandFit * 100)) });
    await refresh();
  }

  const editing = rows.find((r) => r.id === editingId);

  return (
    <section data-testid="briefs-panel" style={styles.panel} aria-labelledby="briefs-title">
      <h2 id="briefs-title" style={{ margin: '0px', fontSize: '18px' }}>{t('briefs_title')}</h2>

      <div role="status" aria-live="polite" data-testid="brief-status" style={status?.kind === 'error' ? styles.error : styles.ok}>
        {status?.text}
        {status?.undo && (
          <button type="button" style={{ marginLeft: '8px' }} onClick={() => void onUndo(status.undo!)} data-testid="brief-undo">
            {t('briefs_undo')}
          </button>
        )}
      </div>

      <div style={styles.section}>
        <div style={styles.field}>
          <label for="brief-active">{t('briefs_active')}</label>
          <select id="brief-active" data-testid="brief-active" style={styles.input} value={activeId ?? ''} onChange={(e) => void onActive(e)}>
            <option value="">{t('briefs_active_none')}</option>
            {rows.map((r) => (
              <option key={r.id} value={r.id}>{r.brief.name}</option>
            ))}
          </select>
        </div>
        <h3 style={{ margin: '0px', fontSize: '15px' }}>{t('briefs_list')}</h3>
        {rows.length === 0 ? (
          <p style={{ margin: '0px' }}>{t('briefs_empty')}</p>
        ) : (
          <ul style={styles.list} data-testid="brief-list">
            {rows.map((r) => (
              <li key={r.id} style={styles.row}>
                <button type="button" aria-current={r.id === editingId ? 'true' : undefined} onClick={() => edit(r)}>
                  {t('briefs_edit')}: {r.brief.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div style={styles.row}>
          <button type="button" onClick={() => edit(null)} data-testid="brief-new">{t('briefs_new')}</button>
          <label style={styles.row}>
            {t('briefs_import')}
            <input type="file" accept="application/json,.json" data-testid="brief-import" onChange={(e) => void onImport(e)} />
          </label>
        </div>
      </div>

      <form style={styles.section} onSubmit={(e) => void onSave(e)} aria-labelledby="brief-form-title">
        <h3 id="brief-form-title" style={{ margin: '0px', fontSize: '15px' }}>
          {editing ? t('briefs_editing', editing.brief.name) : t('briefs_creating')}
        </h3>
        <div style={styles.field}>
          <label for="brief-name">{t('briefs_name')}</label>
          <input id="brief-name" data-testid="brief-name" style={styles.input} value={form.name} onInput={text('name')} required maxLength={200} />
        </div>
        <div style={styles.field}>
          <label for="brief-keywords">{t('briefs_keywords')}</label>
          <textarea id="brief-keywords" data-testid="brief-keywords" style={styles.input} rows={3} value={form.keywords} onInput={text('keywords')} />
        </div>

        <fieldset style={{ ...styles.field, border: '0px', padding: '0px', margin: '0px' }}>
          <legend>{t('briefs_categories')}</legend>
          {form.categories.length > 0 && (
            <ul style={{ ...styles.list, flexDirection: 'row', flexWrap: 'wrap' }} data-testid="brief-categories">
              {form.categories.map((name) => (
                <li key={name} style={styles.chip}>
                  {name}
                  <button type="button" aria-label={t('briefs_category_remove', name)} onClick={() => set('categories', form.categories.filter((c) => c !== name))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <label for="brief-category-search">{t('briefs_category_search')}</label>
          <input id="brief-category-search" type="search" data-testid="brief-category-search" style={styles.input} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          <ul style={{ ...styles.list, ...styles.results }} data-testid="brief-category-results">
            {results.length === 0 && <li>{t('briefs_category_none')}</li>}
            {results.map((c) => (
              <li key={c.id}>
                <button type="button" aria-label={t('briefs_category_add', c.name)} onClick={() => set('categories', [...form.categories, c.name])}>
                  + {iabLineage(c).reverse().join(' › ')}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>

        <div style={styles.field}>
          <label for="brief-languages">{t('briefs_languages')}</label>
          <input id="brief-languages" data-testid="brief-languages" style={styles.input} value={form.languages} onInput={text('languages')} />
        </div>
        <div style={styles.field}>
          <label for="brief-competitors">{t('briefs_competitors')}</label>
          <textarea id="brief-competitors" data-testid="brief-competitors" style={styles.input} rows={2} value={form.competitors} onInput={text('competitors')} />
        </div>
        <div style={styles.field}>
          <label for="brief-avoid">{t('briefs_avoid')}</label>
          <textarea id="brief-avoid" data-testid="brief-avoid" style={styles.input} rows={2} value={form.avoidWords} onInput={text('avoidWords')} />
        </div>
        <div style={styles.row}>
          <div style={styles.field}>
            <label for="brief-min">{t('briefs_followers_min')}</label>
            <input id="brief-min" data-testid="brief-min" inputMode="numeric" style={styles.input} value={form.min} onInput={text('min')} />
          </div>
          <div style={styles.field}>
            <label for="brief-max">{t('briefs_followers_max')}</label>
            <input id="brief-max" data-testid="brief-max" inputMode="numeric" style={styles.input} value={form.max} onInput={text('max')} />
          </div>
        </div>
        <fieldset style={{ ...styles.row, border: '0px', padding: '0px', margin: '0px' }}>
          <legend>{t('briefs_platforms')}</legend>
          {PLATFORMS.map((p) => (
            <label key={p} style={styles.row}>
              <input
                type="checkbox"
                data-testid={`brief-platform-${p}`}
                checked={form.platforms.includes(p)}
                onChange={(e) => set('platforms', e.currentTarget.checked ? PLATFORMS.filter((x) => x === p || form.platforms.includes(x)) : form.platforms.filter((x) => x !== p))}
              />
              {t(`platform_${p}`)}
            </label>
          ))}
        </fieldset>
        <div style={styles.row}>
          <button type="submit" data-testid="brief-save">{t('briefs_save')}</button>
          <button type="button" data-testid="brief-export" disabled={!editing} onClick={onExport}>{t('briefs_export')}</button>
          <button type="button" data-testid="brief-delete" disabled={!editing} onClick={() => void onDelete()}>{t('briefs_delete')}</button>
        </div>
      </form>

      <form style={styles.section} onSubmit={(e) => void onSaveWeights(e)} aria-labelledby="weights-title">
        <h3 id="weights-title" style={{ margin: '0px', fontSize: '15px' }}>{t('briefs_weights')}</h3>
        <p style={{ margin: '0px' }}>{t('briefs_weights_help')}</p>
        <div style={styles.row}>
          {WEIGHT_KEYS.map((k) => (
            <div key={k} style={styles.field}>
              <label for={`weight-${k}`}>{t(`briefs_weight_${k}`)}</label>
              <input
                id={`weight-${k}`}
                data-testid={`weight-${k}`}
                type="number"
                min={0}
                max={100}
                step={1}
                style={{ ...styles.input, width: '80px' }}
                value={weights[k]}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  setWeights((w) => ({ ...w, [k]: value }));
                }}
              />
            </div>
          ))}
        </div>
        <div>
          <button type="submit" data-testid="weights-save">{t('briefs_weights_save')}</button>
        </div>
      </form>
    </section>
  );
}

