import { formatCount } from '../../lib/i18n/format';
import type { I18n } from '../../lib/i18n/translate';
import type { ScoreEvidence } from '../../lib/scoring/types';
import type { Platform } from '../../lib/snapshot';
import { messageKey } from '../../lib/i18n/keys';

type Current = NonNullable<ScoreEvidence['current']>;
const COUNTS = ['views', 'likes', 'comments'] as const;

/** One count of this post as the page showed it: the number (≈ where the site rounded it), or why there is none. */
function shown(current: Current, key: (typeof COUNTS)[number], i18n: I18n): string {
  const { t, locale } = i18n;
  const value = current[key];
  if (value !== null) return current.rounded?.includes(key) ? `${formatCount(value, locale)} ≈` : formatCount(value, locale);
  if (key === 'views' && current.viewsSetAside) return t(messageKey('this_post_views', current.viewsSetAside));
  if (key === 'likes' && current.likesHidden) return t('this_post_likes_hidden');
  return t('this_post_not_shown');
}

/**
 * This post's own numbers on the first visit to its page, before any other post of the creator is
 * known to compare them with: its views, likes and comments as the page showed them, each exact,
 * rounded (≈) or not shown, and why.
 */
export function ThisPost(props: { current: Current; platform: Platform; i18n: I18n }) {
  const { current, platform, i18n } = props;
  const { t } = i18n;
  const noun = platform === 'instagram' ? 'post' : 'video';
  // A photo has no views: Instagram's views row only where the page gave them or set them aside.
  const keys = COUNTS.filter((key) => key !== 'views' || platform !== 'instagram' || current.views !== null || current.viewsSetAside);
  return (
    <div class="vl-this-post" data-testid="vetlens-this-post">
      <h4>{t(messageKey('vs_usual_this', noun))}</h4>
      <dl>
        {keys.map((key) => (
          <div key={key} data-metric={key} data-shown={current[key] === null ? 'no' : current.rounded?.includes(key) ? 'rounded' : 'exact'}>
            <dt>{t(messageKey('metric', key))}</dt>
            <dd>{shown(current, key, i18n)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
