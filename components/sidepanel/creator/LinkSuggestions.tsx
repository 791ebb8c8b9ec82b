import type { I18n } from '../../../lib/i18n/translate';
import type { LinkSuggestion } from '../../../lib/storage/linking';
import { creatorLabel } from '../../../lib/handle-display';
import { messageKey } from '../../../lib/i18n/keys';

/** Accounts on other platforms that point to this creator (or that it points to), each one click from being linked. */
export function LinkSuggestions(props: { suggestions: LinkSuggestion[]; i18n: I18n; onLink: (key: string) => void }) {
  const { t } = props.i18n;
  if (props.suggestions.length === 0) return null;
  return (
    <div class="suggestions" data-testid="link-suggestions">
      <h3>{t('sp_link_suggestions')}</h3>
      <ul>
        {props.suggestions.map((s) => (
          <li key={s.key}>
            <strong>{creatorLabel(s, s.key)}</strong> · {t(messageKey('platform', s.platform))}{' '}
            <span class="muted">({t(messageKey('sp_link', s.direction))})</span>{' '}
            <button type="button" onClick={() => props.onLink(s.key)}>
              {t('sp_link')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
