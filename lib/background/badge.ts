import * as z from 'zod/mini';
import type { I18n } from '../i18n/translate';
import { PageHidSchema } from '../card-messages';

/** The part of a card announcement the toolbar shows: parsed loosely, the report itself is not needed here. */
const BadgeViewSchema = z.object({
  type: z.literal('card:state'),
  state: z.nullable(
    z.looseObject({
      status: z.string(),
      report: z.optional(
        z.looseObject({
          snapshot: z.looseObject({ handle: z.nullable(z.string()), displayName: z.optional(z.nullable(z.string())) }),
          scores: z.looseObject({ overall: z.looseObject({ score: z.nullable(z.number()) }) }),
        }),
      ),
    }),
  ),
  layout: z.looseObject({ pageHid: PageHidSchema }),
});

/** The toolbar button's per-tab settings (chrome.action / browser.action); none needs a permission. */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Whether a message is a content script's card announcement (a cheap look before anything is parsed). */
export function isCardAnnouncement(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'card:state';
}

const HIDDEN_COLOUR = '#b42318';
const SCORE_COLOUR = '#5a32a3';

/**
 * Shows the tab's creator on the toolbar, from the extension's own UI where no page can draw: the
 * overall score on the badge and the creator in its title; "!" when the page hides or covers the
 * card. The state comes from the tab's own content script (top frame, one of the three sites).
 */
export async function showCardOnBadge(
  message: unknown,
  sender: Sender,
  deps: { extensionId: string; contentHosts: readonly string[]; i18n: I18n; action: ActionApi | undefined },
): Promise<void> {
  const tabId = sender.tab?.id;
  if (!deps.action || tabId === undefined || sender.id !== deps.extensionId || sender.frameId !== 0 || !sender.url) return;
  try {
    if (!deps.contentHosts.includes(new URL(sender.url).hostname)) return;
  } catch {
    return;
  }
  const parsed = BadgeViewSchema.safeParse(message);
  if (!parsed.success) return;
  const { state, layout } = parsed.data;
  const { t } = deps.i18n;
  let text = '';
  let title = t('extName');
  let color = SCORE_COLOUR;
  if (state && layout.pageHid) {
    text = '!';
    title = t('badge_title_hidden');
    color = HIDDEN_COLOUR;
  } else if (state?.status === 'ready' && state.report) {
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
