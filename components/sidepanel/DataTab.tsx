import { useEffect, useState } from 'preact/hooks';
import { createBackup, readBackup, restoreBackup, writeBackup, type BackupTable } from '../../lib/storage/backup';
import type { VetlensDB } from '../../lib/storage/db';
import { downloadBlob } from '../../lib/export/download';
import { formatCount } from '../../lib/i18n/format';
import type { I18n } from '../../lib/i18n/translate';
import { storageReason } from '../../lib/storage/errors';
import type { ToastState } from './Toast';

/** Everything Vetlens keeps, backed up to one file and restored from it (all or nothing, with undo). */
export function DataTab(props: { db: VetlensDB; i18n: I18n; showToast: (toast: Omit<ToastState, 'id'>) => void }) {
  const { db, i18n, showToast } = props;
  const { t, locale } = i18n;
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ value: number; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [usage, setUsage] = useState<{ used: number; quota: number } | null>(null);

  useEffect(() => {
    void navigator.storage?.estimate?.().then((e) => {
      if (e.usage !== undefined && e.quota !== undefined) setUsage({ used: e.usage, quota: e.quota });
    });
  }, []);

  async function backUp() {
    setBusy(true);
    setError(null);
    try {
      // Written row by row into a Blob of parts: a store of any size fits.
      const file = await writeBackup(db, { onProgress: (done, total) => setProgress({ value: total ? done / total : 1, label: t('backup_progress') }) });
      downloadBlob(document, `vetlens-backup-${file.exportedAt.slice(0, 10)}.jsonl`, new Blob(file.parts, { type: 'application/x-ndjson' }));
      showToast({ message: t('backup_done', formatCount(file.counts.creators, locale), formatCount(file.counts.snapshots, locale)) });
    } catch (e) {
      setError(t('backup_error_create', storageReason(e, i18n)));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  async function restore(file: File) {
    setBusy(true);
    setError(null);
    try {
      // Read in chunks and checked row by row; nothing is touched unless all of it is good.
      const parsed = await readBackup(file, i18n, {
        onProgress: (done, total) => setProgress({ value: total ? done / total : 1, label: t('backup_reading') }),
      });
      if (!parsed.ok) {
        setError(parsed.error);
        return;
      }
      // Restoring replaces everything: keep what was there, so the marketer can undo.
      const previous = await createBackup(db);
      const result = await restoreBackup(db, parsed.backup, i18n);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      showToast({
        message: t('backup_restored', formatCount(count(result.counts, 'creators'), locale), formatCount(count(result.counts, 'snapshots'), locale)),
        undo: async () => {
          await restoreBackup(db, previous, i18n);
        },
      });
    } catch (e) {
      setError(t('backup_error_restore', storageReason(e, i18n)));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <section class="data-tab" aria-labelledby="data-title">
      <h2 id="data-title">{t('backup_title')}</h2>
      <p class="muted">{t('backup_explain')}</p>
      {usage && (
        <p class="muted" data-testid="storage-usage">
          {t('backup_usage', formatCount(Math.round(usage.used / 1024 / 1024), locale), formatCount(Math.round(usage.quota / 1024 / 1024), locale))}
        </p>
      )}
      <div class="toolbar">
        <button type="button" class="primary" data-testid="backup-export" disabled={busy} onClick={() => void backUp()}>
          {t('backup_export')}
        </button>
        <label class="button">
          {t('backup_import')}
          <input
            type="file"
            accept=".jsonl,.json,application/x-ndjson,application/json"
            class="sr-only"
            data-testid="backup-import"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) void restore(file);
            }}
          />
        </label>
      </div>
      {progress !== null && <progress value={progress.value} max={1} aria-label={progress.label} />}
      <p class="muted">{t('backup_restore_note')}</p>
      {error && (
        <p class="error" role="alert" data-testid="backup-error">
          {error}
        </p>
      )}
    </section>
  );
}

function count(counts: Record<BackupTable, number>, table: BackupTable): number {
  return counts[table];
}
