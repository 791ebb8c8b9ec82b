import type { CampaignResults } from '../../../lib/campaign/results/compute';
import type { ResultImport } from '../../../lib/campaign/results/imports';
import { deleteImport, restoreImport } from '../../../lib/campaign/results/store';
import type { VetlensDB } from '../../../lib/db';
import { formatCount, formatDate } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import type { ToastState } from '../Toast';

const LISTED = 200;

/**
 * The imported files: what each gave, the codes and links that match no creator (listed, never
 * dropped), the rows of other campaigns and the rows set aside with the reason; each file can be
 * removed, with Undo.
 */
export function ImportsList(props: { db: VetlensDB; imports: ResultImport[]; results: CampaignResults; i18n: I18n; showToast: (toast: Omit<ToastState, 'id'>) => void }) {
  const { imports, results, i18n } = props;
  const { t, locale } = i18n;
  if (imports.length === 0) return null;
  return (
    <ul class="results-imports" aria-label={t('results_imported_files')}>
      {imports.map((imp) => {
        const unknown = results.unmatched.filter((u) => u.importId === imp.id && u.kind === 'unknown');
        const other = results.unmatched.filter((u) => u.importId === imp.id && u.kind === 'other-campaign');
        const unused = results.unusedFigures.filter((u) => u.importId === imp.id);
        const matched = imp.rows.length - unknown.length - other.length;
        return (
          <li key={imp.id} data-testid="results-import-item">
            <div class="row-title">
              <strong>{imp.fileName}</strong>
              <span class="chip">{t(`results_source_${imp.mapping.source}`)}</span>
              <span class="grow" />
              <button
                type="button"
                class="ghost"
                data-testid="results-import-remove"
                onClick={async () => {
                  const removed = await deleteImport(props.db, imp.id);
                  if (removed) props.showToast({ message: t('results_import_removed', imp.fileName), undo: () => restoreImport(props.db, removed) });
                }}
              >
                {t('results_import_remove')}
              </button>
            </div>
            <p class="muted small">
              {t('results_import_summary', formatDate(imp.importedAt, locale), formatCount(matched, locale), formatCount(unknown.length, locale), formatCount(other.length, locale), formatCount(imp.skippedCount, locale))}
            </p>
            {unused.map((u) => (
              <p key={u.metric} class="field-note warn">
                {t('results_figure_unused', t(`campaign_kpi_${u.metric}`))}
              </p>
            ))}
            {unknown.length > 0 && (
              <details open data-testid="results-unknown">
                <summary class="warn">{t('results_unknown', formatCount(unknown.length, locale))}</summary>
                <ul class="small">
                  {unknown.slice(0, LISTED).map((u) => (
                    <li key={u.row.line}>{t('results_row_line', u.row.line, u.row.key)}</li>
                  ))}
                </ul>
              </details>
            )}
            {other.length > 0 && (
              <details>
                <summary>{t('results_other_campaigns', formatCount(other.length, locale))}</summary>
                <ul class="small">
                  {other.slice(0, LISTED).map((u) => (
                    <li key={u.row.line}>{t('results_row_line', u.row.line, `${u.row.campaign ?? ''} · ${u.row.key}`)}</li>
                  ))}
                </ul>
              </details>
            )}
            {imp.skippedCount > 0 && (
              <details>
                <summary>{t('results_skipped', formatCount(imp.skippedCount, locale))}</summary>
                <ul class="small">
                  {imp.skipped.slice(0, LISTED).map((s) => (
                    <li key={s.line}>{t('results_row_line', s.line, `${t(`results_skip_${s.reason.replace('-', '_')}`)}${s.value ? `: ${s.value}` : ''}`)}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
