import { useMemo, useState } from 'preact/hooks';
import type { PreparedFile } from '../../../lib/campaign/results/import-file';
import { KEY_KINDS, type ColumnMapping } from '../../../lib/campaign/results/imports';
import type { CampaignKeys } from '../../../lib/campaign/results/keys';
import { matchRow } from '../../../lib/campaign/results/match-rows';
import { mapRows } from '../../../lib/campaign/results/rows';
import { formatCount } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { EnumSelect } from '../fields/EnumSelect';
import { messageKey } from '../../../lib/i18n/keys';

const PREVIEW_ROWS = 200;
type ColumnField = 'campaign' | 'clicks' | 'orders' | 'revenue' | 'date' | 'status';
const OPTIONAL: ColumnField[] = ['clicks', 'orders', 'revenue', 'date', 'campaign', 'status'];
const DECIMAL_MARKS: ReadonlyArray<ColumnMapping['decimal']> = ['auto', '.', ','];
/** A decimal mark shown as a number written with it. */
const DECIMAL_SAMPLES = { '.': '1,234.56', ',': '1.234,56' } as const;

function ColumnSelect(props: {
  label: string;
  headers: string[];
  value: string | null;
  optional: boolean;
  i18n: I18n;
  testId: string;
  onChange: (v: string | null) => void;
}) {
  return (
    <label>
      {props.label}
      {props.optional ? (
        <EnumSelect
          testId={props.testId}
          options={props.headers}
          text={(h) => h}
          none={props.i18n.t('results_column_none')}
          value={props.value}
          onChange={props.onChange}
        />
      ) : (
        <EnumSelect testId={props.testId} options={props.headers} text={(h) => h} value={props.value ?? ''} onChange={props.onChange} />
      )}
    </label>
  );
}

/**
 * Which column is which, for a file Vetlens has not seen in this shape: the key column (a promo code,
 * a tracking link or its utm_content) and the number columns, with a preview of how the first rows
 * read and whether they match a creator. The choice is remembered for files with the same columns.
 */
export function ColumnMappingForm(props: {
  file: PreparedFile;
  keys: CampaignKeys;
  handles: Map<string, string>;
  i18n: I18n;
  onConfirm: (m: ColumnMapping) => void;
  onCancel: () => void;
}) {
  const { file, i18n } = props;
  const { t, locale } = i18n;
  const [mapping, setMapping] = useState<ColumnMapping>(file.detected ?? file.guess);
  const set = (patch: Partial<ColumnMapping>) => setMapping((m) => ({ ...m, ...patch }));
  const headers = [...new Set(file.block.headers.filter(Boolean))];
  const preview = useMemo(() => {
    const mapped = mapRows({ headers: file.block.headers, rows: file.block.rows.slice(0, PREVIEW_ROWS) }, mapping, file.delimiter);
    if (!mapped.ok) return { error: mapped.error, rows: [] as Array<{ line: number; key: string; who: string; creator: boolean }> };
    const rows = mapped.mapped.rows.map((row) => {
      const match = matchRow(row, mapping.keyKind, props.keys);
      const creator = match.kind === 'creator';
      return {
        line: row.line,
        key: row.key,
        creator,
        who: creator ? (props.handles.get(match.creatorKey) ?? match.creatorKey) : t(messageKey('results_match', match.kind)),
      };
    });
    return { error: null, rows };
  }, [mapping]);
  const matched = preview.rows.filter((r) => r.creator).length;
  return (
    <form class="results-mapping" data-testid="results-mapping" onSubmit={(e) => (e.preventDefault(), props.onConfirm(mapping))}>
      <p>
        <strong>{file.fileName}</strong> · {t(messageKey('results_source', mapping.source))}
      </p>
      <p class="muted small">{t('results_mapping_explain')}</p>
      <div class="terms">
        <ColumnSelect
          label={t('results_column_key')}
          headers={headers}
          value={mapping.key}
          optional={false}
          i18n={i18n}
          testId="results-map-key"
          onChange={(key) => key && set({ key })}
        />
        <label>
          {t('results_key_kind')}
          <EnumSelect
            testId="results-map-kind"
            options={KEY_KINDS}
            text={(k) => t(messageKey('results_key', k))}
            value={mapping.keyKind}
            onChange={(keyKind) => set({ keyKind })}
          />
        </label>
        {OPTIONAL.map((field) => (
          <ColumnSelect
            key={field}
            label={t(messageKey('results_column', field))}
            headers={headers}
            value={mapping[field]}
            optional
            i18n={i18n}
            testId={`results-map-${field}`}
            onChange={(v) => set({ [field]: v })}
          />
        ))}
        <label>
          {t('results_decimal')}
          <EnumSelect
            options={DECIMAL_MARKS}
            text={(d) => (d === 'auto' ? t('results_decimal_auto') : DECIMAL_SAMPLES[d])}
            value={mapping.decimal}
            onChange={(decimal) => set({ decimal })}
          />
        </label>
      </div>
      <label class="check">
        <input type="checkbox" checked={mapping.rowIsOrder} onChange={() => set({ rowIsOrder: !mapping.rowIsOrder })} />
        {t('results_row_is_order')}
      </label>
      {preview.error ? (
        <p class="error" role="alert">
          {t(messageKey('results_error', preview.error.kind), 'column' in preview.error ? preview.error.column : '')}
        </p>
      ) : (
        <>
          <p class="small" data-testid="results-mapping-preview">
            {t('results_mapping_preview', formatCount(matched, locale), formatCount(preview.rows.length, locale))}
          </p>
          <ul class="small">
            {preview.rows.slice(0, 5).map((r) => (
              <li key={r.line}>{t('results_preview_row', r.line, r.key, r.who)}</li>
            ))}
          </ul>
        </>
      )}
      <div class="toolbar">
        <button type="submit" class="primary" data-testid="results-mapping-confirm" disabled={!!preview.error}>
          {t('results_import_confirm')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('number_cancel')}
        </button>
      </div>
    </form>
  );
}
