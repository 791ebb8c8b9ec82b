import type { MessageKey } from '../i18n/message-keys';

/**
 * Each published source's title as the interface shows it. The publisher's and data set's own names
 * stay as they are; the words around them are translated (catalog keys `src_*`). The English text is
 * the source's key, as lib/scoring/benchmarks.ts, lib/scoring/authenticity-references.ts and
 * lib/campaign/estimates.ts name it.
 */
const SOURCE_KEYS: Readonly<Record<string, MessageKey>> = {
  'datares/TikTok_Famous, real accounts': 'src_tiktok_famous',
  'datares/TikTok_Famous (GitHub), 1,794 real TikTok accounts from the suggested and top lists': 'src_tiktok_famous_accounts',
  'SociaVault, YouTube engagement rate by channel size': 'src_sociavault_youtube',
  'Modash, Instagram engagement rate benchmarks': 'src_modash_instagram',
  'Modash, TikTok engagement rate benchmarks': 'src_modash_tiktok',
  'Brightbean, "What is a good YouTube views-to-subscriber ratio?"': 'src_brightbean_views',
  'Modash YouTube engagement table (read per subscriber) ÷ SociaVault per-view medians': 'src_modash_sociavault',
  'TIDES data set (ICWSM 2024), 2,554 YouTube channels, mostly Shorts creators': 'src_tides_channels',
  'TIDES data set (ICWSM)': 'src_tides',
  'Socialinsider, TikTok benchmarks': 'src_socialinsider_tiktok',
  'thienphucle/IE403.P21_Social_Media_Data_Mining (GitHub), user_videos_data.csv, TikTok accounts found through trending videos': 'src_ie403',
  'Brightbean rule of thumb and Modash-derived ratios': 'src_brightbean_rule',
  'Vetlens estimate (no published benchmark)': 'src_vetlens_estimate',
  'InstaFake data set (Akyon & Kalfaoglu)': 'src_instafake',
  'InstaFake data set (Akyon & Kalfaoglu), genuine accounts, calibration half': 'src_instafake_calibration',
  'HypeAuditor, Audience Quality Score method': 'src_hypeauditor_aqs',
  'HypeAuditor, Instagram engagement by follower count (March 2018)': 'src_hypeauditor_2018',
  'Minter.io, median Instagram post reach rate by follower count (3–4 million posts)': 'src_minter_reach',
};

/** A source's title in the interface language; a source joined from two (`A × B`) is translated part by part. */
export function sourceTitle(source: string, { t }: { t: (key: MessageKey) => string }): string {
  return source
    .split(' × ')
    .map((part) => {
      const key = SOURCE_KEYS[part];
      return key ? t(key) : part;
    })
    .join(' × ');
}

/** Every source that has a title of its own (for the catalogue tests). */
export const TITLED_SOURCES: readonly string[] = Object.keys(SOURCE_KEYS);
export const SOURCE_TITLE_KEYS: readonly string[] = [...new Set(Object.values(SOURCE_KEYS))];
