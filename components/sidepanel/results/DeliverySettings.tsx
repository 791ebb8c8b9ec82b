import { useEffect, useState } from 'preact/hooks';
import { campaignWindow } from '../../../lib/campaign/results/window';
import type { Campaign } from '../../../lib/campaign/schema';
import { lowerAsWritten } from '../../../lib/i18n/fold';
import { formatDay } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { DateField } from '../fields/DateField';
import { messageKey } from '../../../lib/i18n/keys';

/** "#Novruz, bake_off" → ["novruz", "bake_off"]; "@Shop.az" → ["shop.az"]: lower case, once each, at most 20. */
function parseTags(text: string, mark: '#' | '@'): string[] {
  const pattern = mark === '#' ? /[\p{L}\p{N}_]+/gu : /[\p{L}\p{N}_.]+/gu;
  const words = text
    .split(/[\s,;]+/)
    .map((w) => w.replace(mark === '#' ? /^#+/ : /^@+/, ''))
    .flatMap((w) => (w.match(pattern) ?? []).slice(0, 1))
    .map((w) =>
      lowerAsWritten(w)
        .replace(/^\.+|\.+$/g, '')
        .slice(0, 100),
    )
    .filter(Boolean);
  return [...new Set(words)].slice(0, 20);
}

function TagsInput(props: { label: string; hint: string; mark: '#' | '@'; values: string[]; testId: string; onChange: (values: string[]) => void }) {
  const shown = props.values.map((v) => `${props.mark}${v}`).join(' ');
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  return (
    <label class="block">
      {props.label}
      <input
        data-testid={props.testId}
        value={text}
        placeholder={props.hint}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onChange={(e) => props.onChange(parseTags((e.target as HTMLInputElement).value, props.mark))}
      />
    </label>
  );
}

/**
 * How Vetlens recognises the campaign's posts on a visit: during the campaign's dates, a caption with
 * the creator's code or link, a campaign hashtag or the brand's @mention, or the paid-partnership label.
 */
export function DeliverySettings(props: { campaign: Campaign; i18n: I18n; onChange: (next: Campaign) => void }) {
  const { campaign: c, i18n } = props;
  const { t, locale } = i18n;
  const window = campaignWindow(c);
  return (
    <fieldset data-testid="campaign-delivery">
      <legend>{t('results_delivery')}</legend>
      <p class="muted small">{t('results_delivery_explain')}</p>
      <div class="schedule">
        <label>
          {t('results_start_date')}
          <DateField
            label={t('results_start_date')}
            i18n={i18n}
            testId="campaign-start"
            value={c.startDate}
            onChange={(startDate) => props.onChange({ ...c, startDate })}
          />
        </label>
        <label>
          {t('results_end_date')}
          <DateField
            label={t('results_end_date')}
            i18n={i18n}
            testId="campaign-end"
            value={c.endDate}
            onChange={(endDate) => props.onChange({ ...c, endDate })}
          />
        </label>
      </div>
      <p class="muted small" data-testid="campaign-window">
        {window.end
          ? t('results_window', formatDay(window.start, locale), formatDay(window.end, locale))
          : t('results_window_open', formatDay(window.start, locale))}{' '}
        {t(messageKey('results_window_from', window.startFrom))}
      </p>
      <TagsInput
        label={t('results_hashtags')}
        hint="#novruz"
        mark="#"
        values={c.hashtags}
        testId="campaign-hashtags"
        onChange={(hashtags) => props.onChange({ ...c, hashtags })}
      />
      <TagsInput
        label={t('results_brand_handles')}
        hint="@brand"
        mark="@"
        values={c.brandHandles}
        testId="campaign-brands"
        onChange={(brandHandles) => props.onChange({ ...c, brandHandles })}
      />
    </fieldset>
  );
}
