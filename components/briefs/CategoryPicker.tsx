import { useMemo } from 'preact/hooks';
import { iabCategoryByName, iabDisplayName, iabLineage, searchIabCategories } from '../../lib/data/iab-categories';
import type { I18n } from '../../lib/i18n/translate';
import { styles } from './styles';

/** The brief's IAB categories: the chosen ones, and a search to add more. */
export function CategoryPicker(props: {
  categories: string[];
  query: string;
  i18n: I18n;
  onQuery: (query: string) => void;
  onChange: (categories: string[]) => void;
}) {
  const { categories, query, onChange } = props;
  const { t, locale } = props.i18n;
  // The brief keeps IAB's English name; the interface shows its own where it has one.
  const shown = (name: string) => {
    const category = iabCategoryByName(name);
    return category ? iabDisplayName(category, locale) : name;
  };
  const results = useMemo(() => searchIabCategories(query, 30).filter((c) => !categories.includes(c.name)), [query, categories]);
  return (
    <fieldset style={{ ...styles.field, border: '0px', padding: '0px', margin: '0px' }}>
      <legend>{t('briefs_categories')}</legend>
      {categories.length > 0 && (
        <ul style={{ ...styles.list, flexDirection: 'row', flexWrap: 'wrap' }} data-testid="brief-categories">
          {categories.map((name) => (
            <li key={name} style={styles.chip}>
              {shown(name)}
              <button type="button" aria-label={t('briefs_category_remove', shown(name))} onClick={() => onChange(categories.filter((c) => c !== name))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label for="brief-category-search">{t('briefs_category_search')}</label>
      <input
        id="brief-category-search"
        type="search"
        data-testid="brief-category-search"
        style={styles.input}
        value={query}
        onInput={(e) => props.onQuery(e.currentTarget.value)}
      />
      <ul style={{ ...styles.list, ...styles.results }} data-testid="brief-category-results">
        {results.length === 0 && <li>{t('briefs_category_none')}</li>}
        {results.map((c) => (
          <li key={c.id}>
            <button type="button" aria-label={t('briefs_category_add', iabDisplayName(c, locale))} onClick={() => onChange([...categories, c.name])}>
              + {iabLineage(c).reverse().map(shown).join(' › ')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
