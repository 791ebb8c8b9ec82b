import { useState } from 'preact/hooks';
import { creatorBriefInTheirLanguage } from '../../../lib/export/creator-brief';
import type { CampaignExport, ExportRow } from '../../../lib/export/rows';
import type { I18n } from '../../../lib/i18n/translate';

/** Copies this creator's own brief as plain text, in their language where Vetlens has it, ready to paste into WhatsApp or Telegram. */
export function CopyCreatorBrief(props: { exported: CampaignExport; row: ExportRow; i18n: I18n }) {
  const [copied, setCopied] = useState(false);
  const { t } = props.i18n;
  const copy = () => {
    void creatorBriefInTheirLanguage(props.exported, props.row, props.i18n)
      .then((brief) => navigator.clipboard.writeText(brief.text))
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };
  return (
    <button type="button" class="ghost" data-testid="copy-creator-brief" onClick={copy}>
      {copied ? t('creator_brief_copied') : t('creator_brief_copy')}
    </button>
  );
}
