import type { I18n } from '../i18n/translate';
import type { Confidence } from '../scoring/types';
import type { CampaignExport, ExportRow } from './rows';
import { shownHandle, shownName } from '../handle-display';
import { messageKey } from '../i18n/keys';
import type { MessageKey } from '../i18n/message-keys';
import { minuteOfIsoTime } from '../iso-time';

/**
 * The campaign CSV's columns: the one place they are defined, in the order a person reads a
 * creator's line (who, how big and how good, where talks stand, the deal, what it should bring,
 * how to track it, where the numbers come from). One column per fact; headings in the interface
 * language. A new column (a creator dossier, a confidence) is one more entry here.
 */
export type CsvCell = string | number | null;

export interface CsvColumn {
  /** A stable name for code and tests; the file shows `heading`. */
  id: string;
  heading: string;
  /** Numbers are written unquoted, in the file's decimal mark; text is quoted and defused. */
  kind: 'text' | 'number';
  /** Decimals a number keeps (money 2). */
  digits?: number;
  value(row: ExportRow, context: ColumnContext): CsvCell;
  /** The column's figure in the totals row, where a total means something. */
  total?(data: CampaignExport): CsvCell;
}

export interface ColumnContext {
  i18n: I18n;
  currency: string;
}

/** "2026-03-01 14:05": a date and time every spreadsheet reads as one, in any locale. */
const visitTime = (iso: string | null | undefined): string | null => (iso ? minuteOfIsoTime(iso) : null);

const orNull = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

const PART_NAMES = {
  engagement: 'csv_part_engagement',
  reach: 'csv_part_reach',
  authenticity: 'csv_part_authenticity',
  brandFit: 'csv_part_brand_fit',
} as const;

export function campaignCsvColumns(i18n: I18n): CsvColumn[] {
  // Each label (a platform, a status, a confidence…) is looked up once per export, not once per creator.
  const labels = new Map<MessageKey, string>();
  const t = (key: MessageKey): string => {
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = i18n.t(key)));
    return label;
  };
  // Labels by id, so a row costs a map lookup rather than building a message key.
  const byId = <Id extends string>(label: (id: Id) => string): ((id: Id) => string) => {
    const known = new Map<Id, string>();
    return (id) => {
      let text = known.get(id);
      if (text === undefined) known.set(id, (text = label(id)));
      return text;
    };
  };
  const confidenceLabel = byId((level: Confidence) => t(messageKey('csv_confidence', level)));
  const platformLabel = byId((platform: ExportRow['creator']['platform']) => t(messageKey('platform', platform)));
  const statusLabel = byId((status: NonNullable<ExportRow['record']>['status']) => t(messageKey('sp_status', status)));
  const modelLabel = byId((model: ExportRow['creator']['model']) => t(messageKey('campaign_model', model)));
  const confidence = (level: Confidence | null | undefined): string | null => (level ? confidenceLabel(level) : null);
  const text = (id: string, heading: string, value: CsvColumn['value']): CsvColumn => ({ id, heading, kind: 'text', value });
  const number = (id: string, heading: string, digits: number, value: CsvColumn['value'], total?: CsvColumn['total']): CsvColumn => ({
    id,
    heading,
    kind: 'number',
    digits,
    value,
    ...(total ? { total } : {}),
  });
  return [
    text('name', t('campaign_csv_col_name'), (r) => (r.record?.displayName ? shownName(r.record.displayName) : null)),
    // Without "@": a leading @ is a formula trigger, and the cell would be defused to "'@name".
    text('handle', t('csv_col_handle'), (r) => (r.creator.handle === null ? null : shownHandle(r.creator.handle))),
    text('platform', t('campaign_col_platform'), (r) => platformLabel(r.creator.platform)),
    number('followers', t('csv_col_followers'), 0, (r) => orNull(r.record?.followers)),
    number('engagement_rate', t('csv_col_engagement_rate'), 2, (r) => {
      const rate = orNull(r.record?.scores.engagementRate);
      return rate === null ? null : rate * 100;
    }),
    number('authenticity', t('csv_col_authenticity'), 0, (r) => orNull(r.record?.scores.authenticity)),
    number('brand_fit', t('csv_col_brand_fit'), 0, (r) => orNull(r.record?.scores.brandFit)),
    number('overall', t('csv_col_overall'), 0, (r) => orNull(r.record?.scores.overall)),
    // How sure each score is, beside it: a score from one video is not one from thirty posts.
    text('overall_confidence', t('csv_col_overall_confidence'), (r) => confidence(r.record?.scores.confidence?.overall)),
    text('engagement_confidence', t('csv_col_engagement_confidence'), (r) => confidence(r.record?.scores.confidence?.engagement)),
    text('authenticity_confidence', t('csv_col_authenticity_confidence'), (r) => confidence(r.record?.scores.authenticityConfidence)),
    text('brand_fit_confidence', t('csv_col_brand_fit_confidence'), (r) => confidence(r.record?.scores.confidence?.brandFit)),
    // Per view (TikTok, YouTube) or per follower (Instagram): the two rates are not comparable.
    text('engagement_basis', t('csv_col_engagement_basis'), (r) => {
      const basis = r.record?.scores.engagementBasis;
      return basis ? t(basis === 'views' ? 'csv_engagement_per_view' : 'csv_engagement_per_follower') : null;
    }),
    text('overall_rests_on', t('csv_col_overall_rests_on'), (r) => r.record?.scores.overallParts?.map((part) => t(PART_NAMES[part])).join(' + ') || null),
    text('status', t('sp_status'), (r) => (r.record ? statusLabel(r.record.status) : null)),
    text('tags', t('sp_tags'), (r) => r.record?.tags.map((tag) => `#${tag}`).join(' ') || null),
    text('notes', t('sp_notes'), (r) => r.record?.notes || null),
    // The marketer's verdicts on flags (lib/verdicts): "flag: note", one after another.
    text('explained_flags', t('verdict_column'), (r) => (r.verdicts?.length ? r.verdicts.map((v) => `${v.flag}: ${v.note}`).join(' | ') : null)),
    text('collaboration_model', t('campaign_csv_col_model'), (r) => modelLabel(r.creator.model)),
    number(
      'posts',
      t('csv_col_posts'),
      0,
      (r) => r.estimate.posts,
      (d) => d.estimate.posts,
    ),
    number('fee', t('csv_col_fee'), 2, (r) => orNull(r.creator.feePerPost)),
    number('commission_percent', t('csv_col_commission'), 2, (r) => orNull(r.creator.commissionPercent)),
    number('product_value', t('csv_col_product_value'), 2, (r) => orNull(r.creator.productValue)),
    number(
      'cost',
      t('csv_col_cost'),
      2,
      (r) => orNull(r.estimate.chosen.cost),
      (d) => orNull(d.estimate.cost.value),
    ),
    number(
      'expected_reach',
      t('csv_col_expected_reach'),
      0,
      (r) => orNull(r.estimate.expectedReach),
      (d) => orNull(d.estimate.reach.value),
    ),
    text('reach_basis', t('csv_col_reach_basis'), (r) =>
      r.estimate.reachBasis === 'views' ? t('csv_reach_views') : r.estimate.reachBasis === 'estimate' ? t('csv_reach_estimate') : null,
    ),
    number(
      'expected_impressions',
      t('csv_col_expected_impressions'),
      0,
      (r) => orNull(r.estimate.expectedImpressions),
      (d) => orNull(d.estimate.impressions.value),
    ),
    number(
      'expected_engagements',
      t('csv_col_expected_engagements'),
      0,
      (r) => orNull(r.estimate.expectedEngagements),
      (d) => orNull(d.estimate.engagements.value),
    ),
    number(
      'cpm',
      t('csv_col_cpm'),
      2,
      (r) => orNull(r.estimate.chosen.cpm),
      (d) => orNull(d.estimate.cpm),
    ),
    number(
      'cpe',
      t('csv_col_cpe'),
      4,
      (r) => orNull(r.estimate.chosen.cpe),
      (d) => orNull(d.estimate.cpe),
    ),
    { ...text('currency', t('csv_col_currency'), (_r, c) => c.currency), total: (d) => d.campaign.currency },
    text('promo_code', t('csv_col_promo_code'), (r) => r.promoCode || null),
    text('tracking_link', t('csv_col_tracking_link'), (r) => r.trackingLink),
    text('profile_url', t('csv_col_profile_url'), (r) => r.profileUrl),
    text('visit', t('csv_col_visit'), (r) => visitTime(r.estimate.baseline?.capturedAt)),
  ];
}
