import type { OutreachStatus, Shortlist } from '../../lib/storage/records';
import type { I18n } from '../../lib/i18n/translate';
import type { Tier } from '../../lib/storage/workspace';
import { creatorLabel } from '../../lib/handle-display';
import { messageKey } from '../../lib/i18n/keys';

export function listName(list: Pick<Shortlist, 'id' | 'name'>, i18n: I18n): string {
  return list.name || i18n.t('sp_default_list_name');
}

export function statusLabel(status: OutreachStatus, i18n: I18n): string {
  return i18n.t(messageKey('sp_status', status));
}

export function tierLabel(tier: Tier, i18n: I18n): string {
  return i18n.t(messageKey('sp_tier', tier));
}

/** Only https links on the platforms' own hosts become clickable; anything else from a page stays text. */
export function safeProfileUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && /(^|\.)(instagram|tiktok|youtube)\.com$/.test(parsed.hostname) ? parsed.toString() : null;
  } catch {
    return null;
  }
}

export function handleLabel(c: { handle: string | null; displayName: string | null; key: string }): string {
  return creatorLabel(c, c.key);
}
