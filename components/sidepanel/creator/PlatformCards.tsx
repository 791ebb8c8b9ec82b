import type { CreatorRecord } from '../../../lib/storage/records';
import { formatCount, formatPercent } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { handleLabel, safeProfileUrl } from '../labels';
import { messageKey } from '../../../lib/i18n/keys';

/** The creator on each platform they are linked across, each with its profile link and a way to unlink it. */
export function PlatformCards(props: {
  members: CreatorRecord[];
  creatorKey: string;
  i18n: I18n;
  onOpenCreator: (key: string) => void;
  onUnlink: (key: string) => void;
}) {
  const { members, creatorKey, i18n } = props;
  const { t, locale } = i18n;
  return (
    <div class="platforms" data-testid="creator-platforms">
      {members.map((m) => {
        const url = safeProfileUrl(m.url);
        return (
          <div key={m.key} class={`platform-card${m.key === creatorKey ? ' current' : ''}`}>
            <div class={`chip platform-${m.platform}`}>{t(messageKey('platform', m.platform))}</div>
            {m.key === creatorKey ? (
              <strong>{handleLabel(m)}</strong>
            ) : (
              <button type="button" class="link" onClick={() => props.onOpenCreator(m.key)}>
                {handleLabel(m)}
              </button>
            )}
            <div>
              {t('sp_followers')}: {formatCount(m.followers, locale)}
            </div>
            <div>
              ER {formatPercent(m.scores.engagementRate, locale)} · ★ {m.scores.overall ?? '—'}
            </div>
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {t('sp_open_profile')}
              </a>
            ) : (
              <span class="muted">{m.url}</span>
            )}
            {members.length > 1 && (
              <button type="button" class="ghost" onClick={() => props.onUnlink(m.key)}>
                {t('sp_unlink')}
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
