import { useState } from 'preact/hooks';
import { buildImport, MAX_RESULTS_FILE_BYTES, newImportId, prepareFile, type ImportError, type PreparedFile } from '../../../lib/campaign/results/import-file';
import type { ColumnMapping } from '../../../lib/campaign/results/imports';
import { campaignKeys } from '../../../lib/campaign/results/keys';
import { deleteImport, rememberedMapping, rememberMapping, saveImport } from '../../../lib/storage/results';
import type { Campaign } from '../../../lib/campaign/schema';
import type { VetlensDB } from '../../../lib/storage/db';
import { formatDate } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import type { ToastState } from '../Toast';
import { ColumnMappingForm } from './ColumnMappingForm';
import { creatorLabel } from '../../../lib/handle-display';
import { messageKey } from '../../../lib/i18n/keys';

/** A file's text, with progress as it is read. */
function readFileText(file: File, onProgress: (done: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.loaded, e.total || file.size);
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : ''); // readAsText gives a string
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

function importErrorText(error: ImportError, i18n: I18n): string {
  const { t } = i18n;
  if (error.kind === 'invalid') return t('results_error_invalid', error.message);
  const e = error.error;
  switch (e.kind) {
    case 'too-many-rows':
      return t('results_error_too_many_rows', e.max);
    case 'too-many-columns':
      return t('results_error_too_many_columns', e.line, e.max);
    case 'malformed':
      return t('results_error_malformed', e.line, e.message);
    case 'missing-column':
      return t('results_error_missing_column', e.column);
    default:
      return t(messageKey('results_error', e.kind));
  }
}

/**
 * Imports a results file: read with progress, mapped (known files and remembered mappings without
 * asking, others on the mapping screen), validated, then stored in one write with Undo. A file that
 * fails any check changes nothing and says why.
 */
export function ResultsImport(props: { db: VetlensDB; campaign: Campaign; i18n: I18n; showToast: (toast: Omit<ToastState, 'id'>) => void }) {
  const { db, campaign, i18n } = props;
  const { t, locale } = i18n;
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<PreparedFile | null>(null);
  const [alwaysAsk, setAlwaysAsk] = useState(false);
  const keys = campaignKeys(campaign);
  const handles = new Map(campaign.creators.map((c) => [c.creatorKey, creatorLabel(c, c.creatorKey)]));

  async function commit(file: PreparedFile, mapping: ColumnMapping) {
    setPending(null);
    const now = new Date();
    const built = buildImport(file, mapping, { id: newImportId(now), campaignId: campaign.id, now });
    if (!built.ok) return setError(importErrorText(built.error, i18n));
    try {
      const saved = await saveImport(db, built.record);
      if (!saved.ok) return setError(t('results_error_duplicate', saved.duplicateOf.fileName, formatDate(saved.duplicateOf.importedAt, locale)));
      await rememberMapping(db, file.signature, mapping, now);
    } catch (e) {
      return setError(t('campaign_error_save', e instanceof Error ? e.message : String(e)));
    }
    const { rows, skippedCount } = built.record;
    props.showToast({
      message: t('results_imported', file.fileName, rows.length, skippedCount),
      undo: async () => void (await deleteImport(db, built.record.id)),
    });
  }

  async function onFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError(null);
    setPending(null);
    if (file.size > MAX_RESULTS_FILE_BYTES) return setError(t('results_error_too_big', Math.round(MAX_RESULTS_FILE_BYTES / 1024 / 1024)));
    setBusy({ done: 0, total: file.size });
    try {
      const text = await readFileText(file, (done, total) => setBusy({ done, total }));
      const prepared = prepareFile(text, file.name);
      if (!prepared.ok) return setError(importErrorText(prepared.error, i18n));
      const remembered = await rememberedMapping(db, prepared.file.signature);
      const automatic = prepared.file.detected?.source === 'vetlens' ? prepared.file.detected : remembered;
      if (automatic && !alwaysAsk) await commit(prepared.file, automatic);
      else setPending(prepared.file);
    } catch (e) {
      setError(t('results_error_read', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(null);
    }
  }

  return (
    <fieldset data-testid="results-import">
      <legend>{t('results_import')}</legend>
      <p class="muted small">{t('results_import_explain')}</p>
      <div class="toolbar">
        <label class="button">
          {t('results_import_file')}
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            class="sr-only"
            data-testid="campaign-results-import"
            disabled={!!busy || !!pending}
            onChange={onFile}
          />
        </label>
        <label class="check small">
          <input type="checkbox" checked={alwaysAsk} onChange={() => setAlwaysAsk(!alwaysAsk)} />
          {t('results_always_ask')}
        </label>
      </div>
      {busy && (
        <div class="progress" data-testid="results-import-progress">
          <span>{t('results_reading')}</span>
          <progress max={busy.total || 1} value={busy.done} />
        </div>
      )}
      {error && (
        <p class="error" role="alert" data-testid="results-import-error">
          {error}
        </p>
      )}
      {pending && (
        <ColumnMappingForm
          file={pending}
          keys={keys}
          handles={handles}
          i18n={i18n}
          onConfirm={(m) => void commit(pending, m)}
          onCancel={() => setPending(null)}
        />
      )}
    </fieldset>
  );
}
