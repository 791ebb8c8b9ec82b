import type { CreatorResult, RowRef } from '../../../lib/campaign/results/compute';
import type { ResultsFormat } from '../../../lib/campaign/results/text';
import { formatDate } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { safeProfileUrl } from '../labels';
import { messageKey } from '../../../lib/i18n/keys';

/** "shopify.csv: lines 4, 9, 12" per file. */
function describeRows(refs: readonly RowRef[], i18n: I18n): string[] {
  const byFile = new Map<string, number[]>();
  for (const ref of refs) byFile.set(ref.fileName, [...(byFile.get(ref.fileName) ?? []), ref.line]);
  return [...byFile].map(([file, lines]) => i18n.t('results_rows_in_file', file, lines.sort((a, b) => a - b).join(', ')));
}

/**
 * Where a creator's figures come from: each campaign post seen, with why it counts, whether it
 * disclosed the ad, and its counts at each visit; then the imported rows by file and line.
 */
export function CreatorSources(props: { result: CreatorResult; fmt: ResultsFormat; i18n: I18n }) {
  const { result: r, fmt, i18n } = props;
  const { t, locale } = i18n;
  const rows = [...new Map([...r.clicks.sources, ...r.orders.sources, ...r.revenue.sources].map((s) => [`${s.importId}:${s.line}`, s])).values()];
  return (
    <div class="results-sources" data-testid="results-sources">
      {r.posts.length === 0 ? (
        <p class="muted small">{t('results_no_posts_seen')}</p>
      ) : (
        <ul class="results-posts">
          {r.posts.map((p) => {
            const href = safeProfileUrl(p.url);
            return (
              <li key={p.postId} data-testid="results-post" data-disclosed={p.disclosure ? 'true' : 'false'}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {p.publishedAt ? formatDate(p.publishedAt, locale) : t('results_post_undated')}
                  </a>
                ) : (
                  <span>{p.publishedAt ? formatDate(p.publishedAt, locale) : t('results_post_undated')}</span>
                )}
                {' · '}
                {p.reasons.map((reason) => t(messageKey('results_reason', reason))).join(', ')}
                {' · '}
                <span class={p.disclosure ? '' : 'warn'}>{t(p.disclosure ? messageKey('results_disclosed', p.disclosure) : 'results_not_disclosed')}</span>
                <ol class="visits">
                  {p.readings.map((reading) => (
                    <li key={reading.capturedAt}>
                      {t(
                        'results_reading',
                        formatDate(reading.capturedAt, locale),
                        `${reading.rounded ? '≈ ' : ''}${fmt.count(reading.views)}`,
                        fmt.count(reading.likes),
                        fmt.count(reading.comments),
                      )}
                    </li>
                  ))}
                </ol>
              </li>
            );
          })}
        </ul>
      )}
      {rows.length === 0 ? (
        <p class="muted small">{t('results_no_rows')}</p>
      ) : (
        <ul class="small">
          {describeRows(rows, i18n).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
