import { useEffect, useState } from 'preact/hooks';
import { createBackup, parseBackup, restoreBackup, type BackupTable } from '../../lib/backup';
import type { VetlensDB } from '../../lib/db';
import { downloadText } from '../../lib/export/download';
import { formatCount } from '../../lib/i18n/format';
import type { I18n } from '../../lib/i18n/translate';
import type { ToastState } from './Toast';

/** Everything Vetlens keeps, backed up to one file and restored from it (all or nothing, with undo). */
export function DataTab(props: { db: VetlensDB; i18n: I18n; showToast: (toast: Omit<ToastState, 'id'>) => void }) {
  const { db, i18n, showToast } = props;
  const { t, locale } = i18n;
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
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
      const backup = await createBackup(db, new Date(), (done, total) => setProgress(done / total));
      downloadText(document, `vetlens-backup-${backup.exportedAt.slice(0, 10)}.json`, JSON.stringify(backup), 'application/json');
      showToast({ message: t('backup_done', formatCount(backup.tables.creators.length, locale), formatCount(backup.tables.snapshots.length, locale)) });
    } catch (e) {
      setError(t('backup_error_create', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  async function restore(file: File) {
    setBusy(true);
    setError(null);
    try {
      const parsed = parseBackup(await file.text(), i18n);
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
    } finally {
      setBusy(false);
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
            accept=".json,application/json"
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
      {progress !== null && <progress value={progress} max={1} aria-label={t('backup_progress')} />}
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
