import { useState } from 'preact/hooks';
import type { Campaign } from '../../../lib/campaign/schema';
import { listImports, loadResults } from '../../../lib/storage/results';
import type { CampaignData } from '../../../lib/storage/campaigns';
import { slugify } from '../../../lib/campaign/tracking';
import type { VetlensDB } from '../../../lib/storage/db';
import { campaignJsonInChunks } from '../../../lib/export/campaign-json';
import { campaignCsv, defaultCsvSeparator, type CsvSeparator } from '../../../lib/export/csv';
import { downloadText } from '../../../lib/export/download';
import { campaignMarkdown } from '../../../lib/export/markdown';
import { resultsCsv } from '../../../lib/export/results-csv';
import { buildCampaignExport } from '../../../lib/export/rows';
import type { I18n } from '../../../lib/i18n/translate';
import { EnumSelect } from '../fields/EnumSelect';
import { messageKey } from '../../../lib/i18n/keys';

type ExportKind = 'csv' | 'json' | 'md' | 'results';
const KINDS: ExportKind[] = ['csv', 'json', 'md', 'results'];
const SEPARATORS: readonly CsvSeparator[] = [',', ';'];

/** Writes one export of the campaign as stored, reporting progress through a long one. */
async function writeExport(
  kind: ExportKind,
  db: VetlensDB,
  campaign: Campaign,
  data: CampaignData,
  options: { i18n: I18n; separator: CsvSeparator; totals: boolean; onProgress: (done: number, total: number) => void },
) {
  const { i18n, separator, totals, onProgress } = options;
  const exported = buildCampaignExport(campaign, data);
  const base = slugify(campaign.name) || 'campaign';
  if (kind === 'csv') downloadText(document, `${base}.csv`, await campaignCsv(exported, { i18n, separator, totals, onProgress }), 'text/csv;charset=utf-8');
  else if (kind === 'json') {
    const withResults = { ...data, results: (await listImports(db, campaign.id)).imports };
    downloadText(document, `${base}.vetlens-campaign.json`, await campaignJsonInChunks(campaign, withResults, onProgress), 'application/json');
  } else if (kind === 'results')
    downloadText(
      document,
      `${base}.results.csv`,
      resultsCsv(campaign, (await loadResults(db, campaign)).results, exported.rows, { i18n, separator }),
      'text/csv;charset=utf-8',
    );
  else
    downloadText(
      document,
      `${base}.md`,
      await campaignMarkdown(exported, i18n, { onProgress, results: (await loadResults(db, campaign)).results }),
      'text/markdown;charset=utf-8',
    );
}

/**
 * The campaign's files: CSV (with the separator the marketer's spreadsheet splits on), JSON,
 * Markdown and the results. `stored` gives the campaign as saved (a pending edit saved first), or
 * null when it could not be saved, so a file always matches what is stored.
 */
export function CampaignExports(props: { db: VetlensDB; data: CampaignData; i18n: I18n; stored: () => Promise<Campaign | null> }) {
  const { i18n } = props;
  const { t } = i18n;
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  const [totals, setTotals] = useState(false);
  const [separator, setSeparator] = useState<CsvSeparator>(() =>
    // Either language writing a decimal comma means a spreadsheet that splits on ";".
    [i18n.locale, i18n.browserLanguage ?? i18n.locale].some((lang) => defaultCsvSeparator(lang) === ';') ? ';' : ',',
  );

  async function exportFile(kind: ExportKind) {
    if (progress) return;
    const current = await props.stored();
    if (!current) return;
    const label = t(messageKey('campaign_export', kind));
    setProgress({ label, done: 0, total: current.creators.length });
    try {
      await writeExport(kind, props.db, current, props.data, { i18n, separator, totals, onProgress: (done, total) => setProgress({ label, done, total }) });
    } finally {
      setProgress(null);
    }
  }

  return (
    <fieldset id="campaign-exports">
      <legend>{t('campaign_exports')}</legend>
      <div class="toolbar">
        <label>
          {t('campaign_csv_separator')}{' '}
          <EnumSelect
            testId="csv-separator"
            options={SEPARATORS}
            text={(s) => (s === ',' ? t('campaign_csv_comma') : t('campaign_csv_semicolon'))}
            value={separator}
            onChange={setSeparator}
          />
        </label>
        <label>
          <input type="checkbox" data-testid="csv-totals" checked={totals} onChange={(e) => setTotals(e.currentTarget.checked)} /> {t('csv_with_totals')}
        </label>
        {KINDS.map((kind) => (
          <button key={kind} type="button" data-testid={`campaign-export-${kind}`} disabled={!!progress} onClick={() => void exportFile(kind)}>
            {t(messageKey('campaign_export', kind))}
          </button>
        ))}
      </div>
      {progress && (
        <div class="progress" data-testid="export-progress">
          <span>{progress.label}</span>
          <progress max={progress.total || 1} value={progress.done} />
        </div>
      )}
    </fieldset>
  );
}
