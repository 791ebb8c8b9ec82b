import { SCHEDULE_PERIODS, defaultSchedule, type Schedule } from '../../../lib/campaign/schema';
import { formatDay } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { DateField } from '../fields/DateField';
import { EnumSelect } from '../fields/EnumSelect';
import { WholeNumberField } from '../fields/NumberField';
import { messageKey } from '../../../lib/i18n/keys';

const SCHEDULE_KINDS = ['frequency', 'dates'] as const;

/** When a creator posts: so many posts a week or month for so many periods, or on chosen dates. */
export function ScheduleEditor(props: { schedule: Schedule; onChange: (s: Schedule) => void; i18n: I18n }) {
  const { t } = props.i18n;
  const s = props.schedule;
  return (
    <div class="schedule">
      <EnumSelect
        label={t('campaign_schedule_kind')}
        options={SCHEDULE_KINDS}
        text={(kind) => (kind === 'dates' ? t('campaign_schedule_dates') : t('campaign_schedule_frequency'))}
        value={s.kind}
        onChange={(kind) => props.onChange(kind === 'dates' ? { kind: 'dates', dates: [] } : defaultSchedule())}
      />
      {s.kind === 'frequency' ? (
        <>
          <WholeNumberField
            label={t('campaign_posts_per_period')}
            max={100}
            value={s.postsPerPeriod}
            i18n={props.i18n}
            onChange={(n) => props.onChange({ ...s, postsPerPeriod: n })}
          />
          <EnumSelect
            label={t('campaign_period')}
            options={SCHEDULE_PERIODS}
            text={(p) => t(messageKey('campaign_per', p))}
            value={s.period}
            onChange={(period) => props.onChange({ ...s, period })}
          />
          <label>
            {t('campaign_for_periods')}
            <WholeNumberField
              label={t('campaign_for_periods')}
              max={104}
              value={s.periods}
              i18n={props.i18n}
              onChange={(n) => props.onChange({ ...s, periods: n })}
            />
          </label>
          <label>
            {t('campaign_start_date')}
            <DateField
              label={t('campaign_start_date')}
              i18n={props.i18n}
              testId="schedule-start"
              value={s.startDate}
              onChange={(startDate) => props.onChange({ ...s, startDate })}
            />
          </label>
        </>
      ) : (
        <>
          {s.dates.map((d, i) => (
            <span key={`${d}-${i}`} class="tag" data-testid="schedule-date">
              {formatDay(d, props.i18n.locale)}
              <button
                type="button"
                class="ghost"
                aria-label={t('campaign_remove_date', formatDay(d, props.i18n.locale))}
                onClick={() => props.onChange({ ...s, dates: s.dates.filter((_, j) => j !== i) })}
              >
                ×
              </button>
            </span>
          ))}
          <DateField
            label={t('campaign_add_date')}
            i18n={props.i18n}
            testId="schedule-add-date"
            value={null}
            clearOnChange
            onChange={(d) => {
              if (d && !s.dates.includes(d)) props.onChange({ ...s, dates: [...s.dates, d].sort() });
            }}
          />
        </>
      )}
    </div>
  );
}
