import type { I18n } from '../i18n/translate';
import { UI_LANGUAGES, loadPackagedI18n, type UiLanguage } from '../i18n/packaged-catalog';
import { contentProse, detectLanguage } from '../scoring/brand-fit';
import type { ProfileSnapshot } from '../snapshot';
import { formatDay } from '../i18n/format';
import type { CampaignExport, ExportRow } from './rows';
import { messageKey } from '../i18n/keys';

/**
 * A brief for one creator as plain text that pastes cleanly into WhatsApp or Telegram: no Markdown,
 * no escapes, no other creator's fee or code. Their deliverables, the campaign's dates, the hashtags
 * and the brand's accounts to use, their tracking link and promo code, and the disclosure to use.
 * Written in the language of the translator given (creatorBriefInTheirLanguage picks it).
 */
export function creatorBriefText(data: CampaignExport, row: ExportRow, i18n: I18n): string {
  const { campaign } = data;
  const { t, locale } = i18n;
  const lines: string[] = [t('creator_brief_title', campaign.name), ''];
  const formats = campaign.formats.map((f) => t(messageKey('campaign_format', f))).join(', ');
  lines.push(t('creator_brief_deliverables', String(row.estimate.posts), formats || '—'));
  if (campaign.contentTypes.length) lines.push(t('creator_brief_content', campaign.contentTypes.map((c) => t(messageKey('campaign_type', c))).join(', ')));
  if (campaign.startDate || campaign.endDate) lines.push(t('creator_brief_dates', formatDay(campaign.startDate, locale), formatDay(campaign.endDate, locale)));
  if (campaign.hashtags.length) lines.push(t('creator_brief_hashtags', campaign.hashtags.map((h) => `#${h}`).join(' ')));
  if (campaign.brandHandles.length) lines.push(t('creator_brief_mention', campaign.brandHandles.map((h) => `@${h}`).join(' ')));
  if (row.trackingLink) lines.push(t('creator_brief_link', row.trackingLink));
  lines.push(t('creator_brief_code', row.promoCode));
  // The disclosure a creator should use: the platform's own label where it has one, and an #ad-style
  // tag the audience reads in their language (#reklam in Azerbaijani and Turkish).
  lines.push(t(messageKey('creator_brief_disclosure', row.creator.platform)));
  return lines.join('\n');
}

/**
 * The language the creator writes their captions and bio in, where Vetlens' interface has it (en,
 * az); null when it cannot tell or the interface lacks it, and the brief stays in the marketer's language.
 */
export function creatorLanguage(snapshot: Pick<ProfileSnapshot, 'bio' | 'posts'> | null | undefined): UiLanguage | null {
  if (!snapshot) return null;
  const detected = detectLanguage(contentProse(snapshot));
  return (UI_LANGUAGES as readonly string[]).includes(detected ?? '') ? (detected as UiLanguage) : null;
}

/** The creator's brief in the creator's language where the interface has it, else in the marketer's. */
export async function creatorBriefInTheirLanguage(
  data: CampaignExport,
  row: ExportRow,
  i18n: I18n,
  load: (lang: UiLanguage) => Promise<I18n> = loadPackagedI18n,
): Promise<{ text: string; language: string }> {
  const theirs = creatorLanguage(row.snapshot);
  const ours = i18n.locale.slice(0, 2);
  if (!theirs || theirs === ours) return { text: creatorBriefText(data, row, i18n), language: ours };
  return { text: creatorBriefText(data, row, await load(theirs)), language: theirs };
}
