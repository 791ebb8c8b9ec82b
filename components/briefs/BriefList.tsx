import type { TargetedEvent } from 'preact';
import type { StoredBrief } from '../../lib/storage/records';
import type { I18n } from '../../lib/i18n/translate';
import { EnumSelect } from '../sidepanel/fields/EnumSelect';
import { styles } from './styles';

/** The stored briefs: which one scores brand fit, each one to edit, a new one, and importing from a file. */
export function BriefList(props: {
  rows: StoredBrief[];
  activeId: string | null;
  editingId: string | null;
  i18n: I18n;
  onActive: (id: string | null) => void;
  onEdit: (row: StoredBrief | null) => void;
  onImport: (e: TargetedEvent<HTMLInputElement>) => void;
}) {
  const { rows, i18n } = props;
  const { t } = i18n;
  return (
    <div style={styles.section}>
      <div style={styles.field}>
        <label for="brief-active">{t('briefs_active')}</label>
        <EnumSelect
          id="brief-active"
          testId="brief-active"
          style={styles.input}
          options={rows.map((r) => r.id)}
          text={(id) => rows.find((r) => r.id === id)?.brief.name ?? id}
          none={t('briefs_active_none')}
          value={props.activeId}
          onChange={props.onActive}
        />
      </div>
      <h3 style={styles.heading}>{t('briefs_list')}</h3>
      {rows.length === 0 ? (
        <p style={{ margin: '0px' }}>{t('briefs_empty')}</p>
      ) : (
        <ul style={styles.list} data-testid="brief-list">
          {rows.map((r) => (
            <li key={r.id} style={styles.row}>
              <button type="button" aria-current={r.id === props.editingId ? 'true' : undefined} onClick={() => props.onEdit(r)}>
                {t('briefs_edit')}: {r.brief.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div style={styles.row}>
        <button type="button" onClick={() => props.onEdit(null)} data-testid="brief-new">
          {t('briefs_new')}
        </button>
        <label style={styles.row}>
          {t('briefs_import')}
          <input type="file" accept="application/json,.json" data-testid="brief-import" onChange={props.onImport} />
        </label>
      </div>
    </div>
  );
}
