import { CONTENT_FORMATS, CONTENT_TYPES, type Campaign } from '../../../lib/campaign/schema';
import type { I18n } from '../../../lib/i18n/translate';
import { ScheduleEditor } from './ScheduleEditor';
import { messageKey } from '../../../lib/i18n/keys';

/** The item in the list, or out of it: a checkbox's toggle. */
function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** What the creators post: formats, content types and the default schedule. */
export function CampaignContent(props: { campaign: Campaign; i18n: I18n; onChange: (next: Campaign) => void }) {
  const { campaign: c, i18n, onChange } = props;
  const { t } = i18n;
  return (
    <fieldset>
      <legend>{t('campaign_content')}</legend>
      <div class="checks">
        <span>{t('campaign_formats')}:</span>
        {CONTENT_FORMATS.map((f) => (
          <label key={f} class="check">
            <input type="checkbox" checked={c.formats.includes(f)} onChange={() => onChange({ ...c, formats: toggled(c.formats, f) })} />
            {t(messageKey('campaign_format', f))}
          </label>
        ))}
      </div>
      <div class="checks">
        <span>{t('campaign_types')}:</span>
        {CONTENT_TYPES.map((ct) => (
          <label key={ct} class="check">
            <input type="checkbox" checked={c.contentTypes.includes(ct)} onChange={() => onChange({ ...c, contentTypes: toggled(c.contentTypes, ct) })} />
            {t(messageKey('campaign_type', ct))}
          </label>
        ))}
      </div>
      <div>
        {t('campaign_schedule')}:
        <ScheduleEditor schedule={c.defaultSchedule} i18n={i18n} onChange={(defaultSchedule) => onChange({ ...c, defaultSchedule })} />
      </div>
    </fieldset>
  );
}
