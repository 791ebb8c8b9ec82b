// No imports: the side panel reads these at start, before any message schema is needed.

/** Session-storage key where the worker leaves the view the side panel should show (the card's brief link). */
export const PANEL_REQUEST_KEY = 'vetlens-panel-request';
/** A request older than this is stale: the panel opened for another reason. */
export const PANEL_REQUEST_TTL_MS = 30_000;
