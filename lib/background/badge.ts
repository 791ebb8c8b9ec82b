import type { I18n } from '../i18n/translate';
import type { CardView } from '../card-messages';
import type { MessageSender } from '../protocol/define';

/** The toolbar button's per-tab settings (chrome.action / browser.action); none needs a permission. */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

const HIDDEN_COLOUR = '#b42318';
const SCORE_COLOUR = '#5a32a3';

/**
 * Shows the tab's creator on the toolbar, from the extension's own UI where no page can draw: the
 * overall score on the badge and the creator in its title; "!" when the page hides or covers the
 * card. The state comes from the tab's own content script (top frame, one of the three sites).
 */
export async function showCardOnBadge(
  view: CardView,
  sender: MessageSender,
  deps: { extensionId: string; contentHosts: readonly string[]; i18n: I18n; action: ActionApi | undefined },
): Promise<void> {
  const tabId = sender.tab?.id;
  if (!deps.action || tabId === undefined || sender.id !== deps.extensionId || sender.frameId !== 0 || !sender.url) return;
  try {
    if (!deps.contentHosts.includes(new URL(sender.url).hostname)) return;
  } catch {
    return;
  }
  const { state, layout } = view;
  const { t } = deps.i18n;
  let text = '';
  let title = t('extName');
  let color = SCORE_COLOUR;
  if (state && layout.pageHid) {
    text = '!';
    title = t('badge_title_hidden');
    color = HIDDEN_COLOUR;
  } else if (state?.status === 'ready') {
    const score = state.report.scores.overall.score;
    const { handle, displayName } = state.report.snapshot;
    text = score === null ? '–' : String(score);
    title = t('badge_title_ready', handle ? `@${handle}` : (displayName ?? t('unknown')), score === null ? '—' : String(score));
  }
  await Promise.all([
    deps.action.setBadgeText({ tabId, text }),
    deps.action.setBadgeBackgroundColor({ tabId, color }),
    deps.action.setTitle({ tabId, title }),
  ]).catch(() => undefined);
}
