import { useEffect, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { emptyBrief } from '../../lib/brief';
import {
  deleteBrief,
  exportBriefJson,
  exportFileName,
  importBriefs,
  listBriefs,
  saveBrief,
  undoDeleteBrief,
  type DeletedBrief,
} from '../../lib/storage/briefs';
import { activateIfNone, getActiveBriefId, loadWeights, saveWeights, setActiveBrief } from '../../lib/storage/settings';
import type { StoredBrief } from '../../lib/storage/records';
import type { VetlensDB } from '../../lib/storage/db';
import { downloadText } from '../../lib/export/download';
import type { I18n } from '../../lib/i18n/translate';
import type { ScoreWeights } from '../../lib/scoring/types';
import { BriefForm } from './BriefForm';
import { briefFrom, formFrom, type FormState } from './form-state';
import { BriefList } from './BriefList';
import { styles } from './styles';
import { WeightsForm } from './WeightsForm';

type Status = { kind: 'ok' | 'error'; text: string; undo?: DeletedBrief } | null;

/** The stored briefs, the active one and the score weights, read again after every change. */
function useStoredBriefs(db: VetlensDB) {
  const [rows, setRows] = useState<StoredBrief[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [weights, setWeights] = useState<ScoreWeights | null>(null);
  async function refresh(): Promise<void> {
    const [list, active, w] = await Promise.all([listBriefs(db), getActiveBriefId(db), loadWeights(db)]);
    setRows(list);
    setActiveId(active);
    setWeights(w);
  }
  useEffect(() => {
    void refresh();
  }, [db]);
  return { rows, activeId, weights, refresh };
}

/** The brand briefs workspace (list, edit, import/export, active brief, score weights). */
export function BriefsPanel(props: { db: VetlensDB; i18n: I18n }) {
  const { db, i18n } = props;
  const { t } = i18n;
  const { rows, activeId, weights, refresh } = useStoredBriefs(db);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [form, setForm] = useState<FormState>(() => formFrom(emptyBrief('')));
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const editing = rows.find((r) => r.id === editingId);

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

  async function onSaveWeights(numbers: ScoreWeights): Promise<void> {
    const saved = await saveWeights(db, numbers, i18n);
    if (!saved.ok) return setStatus({ kind: 'error', text: saved.error });
    const w = saved.value;
    setStatus({ kind: 'ok', text: t('briefs_weights_saved', Math.round(w.engagement * 100), Math.round(w.authenticity * 100), Math.round(w.brandFit * 100)) });
    await refresh();
  }

  return (
    <section data-testid="briefs-panel" style={styles.panel} aria-labelledby="briefs-title">
      <h2 id="briefs-title" style={{ margin: '0px', fontSize: '18px' }}>
        {t('briefs_title')}
      </h2>

      <div role="status" aria-live="polite" data-testid="brief-status" style={status?.kind === 'error' ? styles.error : styles.ok}>
        {status?.text}
        {status?.undo && (
          <button type="button" style={{ marginLeft: '8px' }} onClick={() => void onUndo(status.undo!)} data-testid="brief-undo">
            {t('briefs_undo')}
          </button>
        )}
      </div>

      <BriefList
        rows={rows}
        activeId={activeId}
        editingId={editingId}
        i18n={i18n}
        onActive={(id) => void setActiveBrief(db, id).then(refresh)}
        onEdit={edit}
        onImport={(e) => void onImport(e)}
      />
      <BriefForm
        form={form}
        editingName={editing?.brief.name ?? null}
        query={query}
        i18n={i18n}
        onQuery={setQuery}
        onChange={(key, value) => setForm((f) => ({ ...f, [key]: value }))}
        onSave={(e) => void onSave(e)}
        onExport={() => editing && downloadText(document, exportFileName(editing.brief), exportBriefJson(editing.brief), 'application/json')}
        onDelete={() => void onDelete()}
      />
      <WeightsForm stored={weights} i18n={i18n} onSave={(w) => void onSaveWeights(w)} />
    </section>
  );
}
