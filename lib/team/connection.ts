import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
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
  const listeners = new Set<(status: TeamStatus) => void>();
  const set = (next: Partial<TeamStatus>) => {
    // Once refused, stay refused: a wrong secret is not retried until the marketer changes something.
    if (status.state === 'refused' && next.state && next.state !== 'refused') return;
    status = { ...status, ...next };
    for (const listener of listeners) listener(status);
  };
  const provider = new HocuspocusProvider({
    url: options.server,
    name: options.workspace,
    document: options.doc,
    token: options.secret,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    onStatus: ({ status: socket }) => {
      if (socket === WebSocketStatus.Disconnected) set({ state: 'offline' });
      else if (socket === WebSocketStatus.Connecting) set({ state: status.state === 'connected' ? 'offline' : 'connecting' });
    },
    onSynced: ({ state }) => {
      if (state) set({ state: 'connected', waiting: provider.unsyncedChanges });
    },
    onUnsyncedChanges: ({ number }) => set({ waiting: number }),
    onAuthenticationFailed: () => {
      set({ state: 'refused' });
      // Nothing more is sent to a server that refused us.
      provider.destroy();
    },
    onDisconnect: () => set({ state: 'offline' }),
  });
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
