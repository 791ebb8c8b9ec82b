import { HocuspocusProvider, WebSocketStatus, type HocuspocusProviderConfiguration } from '@hocuspocus/provider';
import type * as Y from 'yjs';

/**
 * The connection to the team server: Hocuspocus' provider over one WebSocket, which sends the
 * team's secret first and syncs the document (and reconnects by itself, with growing delays).
 * This file turns its events into the one status the side panel shows.
 */

export type TeamState = 'connecting' | 'connected' | 'offline' | 'refused';
export interface TeamStatus {
  state: TeamState;
  /** Changes this machine sent (or could not send yet) that the server has not confirmed. */
  waiting: number;
}

export interface TeamConnection {
  status(): TeamStatus;
  onStatus(listener: (status: TeamStatus) => void): () => void;
  /** Resolves once the server has confirmed every change made so far (or rejects after `timeoutMs`). */
  whenSynced(timeoutMs: number): Promise<void>;
  close(): void;
}

export function connectTeam(options: {
  server: string;
  workspace: string;
  secret: string;
  doc: Y.Doc;
  /** Node's tests and the load benchmark pass the `ws` package; browsers have WebSocket. */
  WebSocketPolyfill?: unknown;
}): TeamConnection {
  let status: TeamStatus = { state: 'connecting', waiting: 0 };
  // Before the first connection a retry is still "connecting"; after it, the member is offline.
  let everConnected = false;
  const listeners = new Set<(status: TeamStatus) => void>();
  const set = (next: Partial<TeamStatus>) => {
    // Once refused, stay refused: a wrong secret is not retried until the marketer changes something.
    if (status.state === 'refused' && next.state && next.state !== 'refused') return;
    status = { ...status, ...next };
    for (const listener of listeners) listener(status);
  };
  // Reconnects after 0.5 s, then waits longer each time, but never more than 5 s: a member back online
  // (or a restarted server) is in sync within seconds.
  const reconnect = { delay: 500, minDelay: 500, maxDelay: 5000 };
  const settings: HocuspocusProviderConfiguration = {
    url: options.server,
    name: options.workspace,
    document: options.doc,
    token: options.secret,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    onStatus: ({ status: socket }) => {
      if (socket === WebSocketStatus.Disconnected) set({ state: 'offline' });
      else if (socket === WebSocketStatus.Connecting) set({ state: everConnected ? 'offline' : 'connecting' });
    },
    onSynced: ({ state }) => {
      if (!state) return;
      everConnected = true;
      set({ state: 'connected', waiting: provider.unsyncedChanges });
    },
    onUnsyncedChanges: ({ number }) => set({ waiting: number }),
    onAuthenticationFailed: () => {
      set({ state: 'refused' });
      // Nothing more is sent to a server that refused us.
      provider.destroy();
    },
    onDisconnect: () => set({ state: 'offline' }),
  };
  const provider = new HocuspocusProvider(Object.assign(settings, reconnect));
  return {
    status: () => status,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenSynced(timeoutMs) {
      return new Promise<void>((resolve, reject) => {
        const done = (s: TeamStatus) => s.state === 'connected' && s.waiting === 0;
        if (done(status)) return resolve();
        const timer = setTimeout(() => (off(), reject(new Error(`not synced within ${timeoutMs} ms: ${JSON.stringify(status)}`))), timeoutMs);
        const off = this.onStatus((s) => {
          if (!done(s)) return;
          clearTimeout(timer);
          off();
          resolve();
        });
      });
    },
    close() {
      listeners.clear();
      provider.destroy();
    },
  };
}
