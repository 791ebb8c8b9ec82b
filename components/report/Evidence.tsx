import { formatCount, formatDecimal, formatPercent } from '../../lib/i18n/format';
import type { I18n } from '../../lib/i18n/translate';
import type { CountOrigins, PostNumbers, ScoreEvidence } from '../../lib/scoring/types';
import type { Platform } from '../../lib/snapshot';
import { ThisPost } from './ThisPost';
import { messageKey } from '../../lib/i18n/keys';

/** "30 videos on the channel page + 2 videos you opened", or null when no post gave the count. */
function origins(counts: CountOrigins, platform: Platform, i18n: I18n): string | null {
  const { t, locale } = i18n;
  const parts: string[] = [];
  const one = (n: number) => (n === 1 ? '_one' : '');
  const listed = counts.listed === 1 ? messageKey('rests_listed', platform, 'one') : messageKey('rests_listed', platform);
  if (counts.listed) parts.push(t(listed, formatCount(counts.listed, locale)));
  if (counts.opened)
    parts.push(t(`${platform === 'instagram' ? 'rests_opened_post' : 'rests_opened_video'}${one(counts.opened)}`, formatCount(counts.opened, locale)));
  return parts.length ? parts.join(' + ') : null;
}

const ROWS: ReadonlyArray<keyof PostNumbers> = ['views', 'likes', 'comments', 'shares', 'saves', 'engagementPerView'];

/** This post against the creator's usual (the median of the other posts seen), count by count. */
function VsUsual(props: { evidence: ScoreEvidence; platform: Platform; i18n: I18n }) {
  const { evidence, i18n } = props;
  const { t, locale } = i18n;
  const current = evidence.current!;
  const noun = props.platform === 'instagram' ? 'post' : 'video';
  // The usual count is a median, which can fall between two counts: shown as a whole number. This post's
  // count carries ≈ where the page rounded it, as in the "this post" block.
  const show = (key: keyof PostNumbers, v: number | null) =>
    key === 'engagementPerView' ? formatPercent(v, locale) : formatCount(v === null ? null : Math.round(v), locale);
  const rows = ROWS.filter((key) => current[key] !== null);
  return (
    <div class="vl-vs" data-testid="vetlens-vs-usual">
      {evidence.usual.count === 0 ? (
        <p class="vl-muted">{t(messageKey('vs_usual_none', noun))}</p>
      ) : (
        <>
          <h4>
            {evidence.usual.count === 1
              ? t(messageKey('vs_usual_title', noun, 'one'))
              : t(messageKey('vs_usual_title', noun), formatCount(evidence.usual.count, locale))}
          </h4>
          <table>
            <thead>
              <tr>
                <th scope="col">
                  <span class="vl-sr">{t('vs_usual_metric')}</span>
                </th>
                <th scope="col">{t(messageKey('vs_usual_this', noun))}</th>
                <th scope="col">{t('vs_usual_usual')}</th>
                <th scope="col">{t('vs_usual_ratio')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((key) => {
                const usual = evidence.usual[key];
                const ratio = usual ? current[key]! / usual : null;
                return (
                  <tr key={key} data-metric={key}>
                    <th scope="row">{t(messageKey('metric', key))}</th>
                    <td>{current.rounded?.some((rounded) => rounded === key) ? `${show(key, current[key])} ≈` : show(key, current[key])}</td>
                    <td>{show(key, usual)}</td>
                    <td class={ratio === null ? '' : ratio >= 1 ? 'vl-up' : 'vl-down'}>
                      {ratio === null ? '—' : `×${formatDecimal(ratio, locale, ratio < 10 ? 1 : 0)}`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

/**
 * What the scores rest on ("Likes: 2 videos you opened · Views: 30 videos on the channel page"), how
 * to get a missing number ("Open 3 recent videos to get their likes"), and on a post page the post
 * against the creator's usual numbers.
 */
export function EvidenceView(props: { evidence: ScoreEvidence; platform: Platform; i18n: I18n }) {
  const { evidence, platform, i18n } = props;
  const { t, locale } = i18n;
  const lines: string[] = [];
  const likes = origins(evidence.likes, platform, i18n);
  const views = origins(evidence.views, platform, i18n);
  if (likes) lines.push(t('rests_metric', t('metric_likes'), likes));
  else if (platform !== 'instagram') lines.push(t('rests_metric', t('metric_likes'), t('rests_none_yet')));
  if (views && platform !== 'instagram') lines.push(t('rests_metric', t('metric_views'), views));
  const seen = evidence.likes.listed + evidence.likes.opened;
  const n = evidence.openForLikes;
  const posts = platform === 'instagram';
  const hint =
    n === 0
      ? null
      : seen === 0
        ? t(posts ? 'hint_open_posts' : 'hint_open_videos', formatCount(n, locale))
        : n === 1
          ? t(posts ? 'hint_open_one_more_post' : 'hint_open_one_more')
          : t(posts ? 'hint_open_more_posts' : 'hint_open_more_videos', formatCount(n, locale));
  return (
    <div class="vl-evidence">
      {lines.length > 0 && (
        <p class="vl-rests" data-testid="vetlens-rests-on">
          <strong>{t('rests_title')}</strong> {lines.join(' · ')}
        </p>
      )}
      {hint && (
        <p class="vl-hint" data-testid="vetlens-hint">
          {hint}
        </p>
      )}
      {evidence.current && evidence.usual.count === 0 && <ThisPost current={evidence.current} platform={platform} i18n={i18n} />}
      {evidence.current && <VsUsual evidence={evidence} platform={platform} i18n={i18n} />}
    </div>
  );
}
