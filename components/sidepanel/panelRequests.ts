import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { PANEL_REQUEST_KEY, PANEL_REQUEST_TTL_MS } from '../../lib/panel-request';

/** A view asked for from outside the panel (the card's brief link), as the worker left it. */
const PanelRequestSchema = z.object({ view: z.enum(['briefs']), at: z.number() });
export type PanelView = z.infer<typeof PanelRequestSchema>['view'];

/** Views the side panel can be asked to show: the one waiting when it opens, then any while it is open. */
export interface PanelRequests {
  take(): Promise<PanelView | null>;
  listen(onView: (view: PanelView) => void): () => void;
}

function fresh(value: unknown, now = Date.now()): PanelView | null {
  const parsed = PanelRequestSchema.safeParse(value);
  return parsed.success && now - parsed.data.at < PANEL_REQUEST_TTL_MS ? parsed.data.view : null;
}

/** The requests the worker or the card leaves in session storage (lib/open-briefs.ts). Each is taken once. */
export function sessionPanelRequests(): PanelRequests {
  const session = browser.storage.session;
  return {
    async take() {
      try {
        const view = fresh((await session.get(PANEL_REQUEST_KEY))[PANEL_REQUEST_KEY]);
        if (view) await session.remove(PANEL_REQUEST_KEY);
        return view;
      } catch {
        return null;
      }
    },
    listen(onView) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const view = area === 'session' ? fresh(changes[PANEL_REQUEST_KEY]?.newValue) : null;
        if (!view) return;
        onView(view);
        void session.remove(PANEL_REQUEST_KEY).catch(() => undefined);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
