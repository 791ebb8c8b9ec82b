import { useState } from 'preact/hooks';
import { listCampaigns } from '../../../lib/storage/campaigns';
import type { VetlensDB } from '../../../lib/storage/db';
import { importCampaignFile, parseCampaignFile } from '../../../lib/export/campaign-json';
import { formatCount, formatDate } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { storageReason } from '../../../lib/storage/errors';
import { messageKey } from '../../../lib/i18n/keys';

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function CampaignsTab(props: { db: VetlensDB; i18n: I18n; onOpen: (id: string) => void }) {
  const { db, i18n } = props;
  const { t, locale } = i18n;
  const result = useLiveQuery(() => listCampaigns(db), []).value;
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setErrors([]);
    setNotice(null);
    if (file.size > MAX_IMPORT_BYTES) return setErrors([t('campaign_import_too_big')]);
    setBusy(true);
    try {
      const parsed = parseCampaignFile(await file.text());
      if (!parsed.ok) return setErrors(parsed.errors);
      const outcome = await importCampaignFile(db, parsed.file);
      setNotice(t(outcome.renamed ? 'campaign_imported_renamed' : 'campaign_imported', outcome.campaign.name, outcome.snapshotsKept, outcome.resultsAdded));
      props.onOpen(outcome.campaign.id);
    } catch (e) {
      setErrors([storageReason(e, i18n)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="tab-body">
      <div class="toolbar">
        <h2 class="grow">{t('campaign_all')}</h2>
        <label class="button">
          {t('campaign_import')}
          <input type="file" accept=".json,application/json" data-testid="campaign-import" class="sr-only" disabled={busy} onChange={onFile} />
        </label>
      </div>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {errors.length > 0 && (
        <div class="error" role="alert" data-testid="campaign-import-errors">
          <p>{t('campaign_import_failed')}</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {result?.invalid.length ? <p class="error">{t('campaign_invalid_stored', result.invalid.length)}</p> : null}
      {result === undefined ? (
        <p class="muted">{t('sp_loading')}</p>
      ) : result.campaigns.length === 0 ? (
        <p class="empty">{t('campaign_empty')}</p>
      ) : (
        <ul class="campaign-list">
          {result.campaigns.map((c) => (
            <li key={c.id}>
              <button type="button" class="row-main" data-testid="campaign-item" onClick={() => props.onOpen(c.id)}>
                <strong>{c.name}</strong>
                <span class="muted">
                  {t(messageKey('campaign_goal', c.goal))} · {t('campaign_creator_count', formatCount(c.creators.length, locale))} ·{' '}
                  {formatDate(c.updatedAt, locale)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
