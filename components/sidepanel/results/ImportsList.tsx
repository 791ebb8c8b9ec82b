import type { CampaignResults } from '../../../lib/campaign/results/compute';
import type { ResultImport } from '../../../lib/campaign/results/imports';
import { deleteImport, restoreImport } from '../../../lib/storage/results';
import { metricLabel } from '../../../lib/campaign/results/text';
import type { VetlensDB } from '../../../lib/storage/db';
import { formatCount, formatDate } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import type { ToastState } from '../Toast';
import { messageKey } from '../../../lib/i18n/keys';

const LISTED = 200;

/** Rows of a file by line, folded away unless `open`; nothing when there are none. */
function RowList(props: { title: string; lines: Array<[number, string]>; i18n: I18n; open?: boolean; warn?: boolean; testId?: string }) {
  if (props.lines.length === 0) return null;
  return (
    <details open={props.open} data-testid={props.testId}>
      <summary class={props.warn ? 'warn' : ''}>{props.title}</summary>
      <ul class="small">
        {props.lines.slice(0, LISTED).map(([line, text]) => (
          <li key={line}>{props.i18n.t('results_row_line', line, text)}</li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The imported files: what each gave, the codes and links that match no creator (listed, never
 * dropped), the rows of other campaigns and the rows set aside with the reason; each file can be
 * removed, with Undo.
 */
export function ImportsList(props: {
  db: VetlensDB;
  imports: ResultImport[];
  results: CampaignResults;
  i18n: I18n;
  showToast: (toast: Omit<ToastState, 'id'>) => void;
}) {
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
              <span class="chip">{t(messageKey('results_source', imp.mapping.source))}</span>
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
              {t(
                'results_import_summary',
                formatDate(imp.importedAt, locale),
                formatCount(matched, locale),
                formatCount(unknown.length, locale),
                formatCount(other.length, locale),
                formatCount(imp.skippedCount, locale),
              )}
            </p>
            {unused.map((u) => (
              <p key={u.metric} class="field-note warn">
                {t('results_figure_unused', metricLabel(u.metric, i18n))}
              </p>
            ))}
            <RowList
              testId="results-unknown"
              open
              warn
              title={t('results_unknown', formatCount(unknown.length, locale))}
              lines={unknown.map((u) => [u.row.line, u.row.key])}
              i18n={i18n}
            />
            <RowList
              title={t('results_other_campaigns', formatCount(other.length, locale))}
              lines={other.map((u) => [u.row.line, `${u.row.campaign ?? ''} · ${u.row.key}`])}
              i18n={i18n}
            />
            <RowList
              title={t('results_skipped', formatCount(imp.skippedCount, locale))}
              lines={imp.skipped.map((sk) => [sk.line, `${t(messageKey('results_skip', sk.reason))}${sk.value ? `: ${sk.value}` : ''}`])}
              i18n={i18n}
            />
          </li>
        );
      })}
    </ul>
  );
}
