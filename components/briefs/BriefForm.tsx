import type { TargetedEvent } from 'preact';
import type { I18n } from '../../lib/i18n/translate';
import { PLATFORMS } from '../../lib/snapshot';
import type { FormState } from './form-state';
import { CategoryPicker } from './CategoryPicker';
import { styles } from './styles';
import { messageKey } from '../../lib/i18n/keys';

type TextKey = 'name' | 'keywords' | 'languages' | 'competitors' | 'avoidWords' | 'min' | 'max';

/** The brief being made or edited, field by field, with save, export and delete. */
export function BriefForm(props: {
  form: FormState;
  editingName: string | null;
  query: string;
  i18n: I18n;
  onQuery: (query: string) => void;
  onChange: <K extends keyof FormState>(key: K, value: FormState[K]) => void;
  onSave: (e: Event) => void;
  onExport: () => void;
  onDelete: () => void;
}) {
  const { form, i18n, onChange } = props;
  const { t } = i18n;
  const editing = props.editingName !== null;
  const text = (key: TextKey) => (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(key, e.currentTarget.value);
  return (
    <form style={styles.section} onSubmit={props.onSave} aria-labelledby="brief-form-title">
      <h3 id="brief-form-title" style={styles.heading}>
        {props.editingName !== null ? t('briefs_editing', props.editingName) : t('briefs_creating')}
      </h3>
      <div style={styles.field}>
        <label for="brief-name">{t('briefs_name')}</label>
        <input id="brief-name" data-testid="brief-name" style={styles.input} value={form.name} onInput={text('name')} required maxLength={200} />
      </div>
      <div style={styles.field}>
        <label for="brief-keywords">{t('briefs_keywords')}</label>
        <textarea id="brief-keywords" data-testid="brief-keywords" style={styles.input} rows={3} value={form.keywords} onInput={text('keywords')} />
      </div>

      <CategoryPicker
        categories={form.categories}
        query={props.query}
        i18n={i18n}
        onQuery={props.onQuery}
        onChange={(categories) => onChange('categories', categories)}
      />

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
              onChange={(e) =>
                onChange(
                  'platforms',
                  e.currentTarget.checked ? PLATFORMS.filter((x) => x === p || form.platforms.includes(x)) : form.platforms.filter((x) => x !== p),
                )
              }
            />
            {t(messageKey('platform', p))}
          </label>
        ))}
      </fieldset>
      <div style={styles.row}>
        <button type="submit" data-testid="brief-save">
          {t('briefs_save')}
        </button>
        <button type="button" data-testid="brief-export" disabled={!editing} onClick={props.onExport}>
          {t('briefs_export')}
        </button>
        <button type="button" data-testid="brief-delete" disabled={!editing} onClick={props.onDelete}>
          {t('briefs_delete')}
        </button>
      </div>
    </form>
  );
}
