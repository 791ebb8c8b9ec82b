import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';

/**
 * The team server: Hocuspocus (the Yjs sync server) with the team's secret checked on every
 * connection and each team document kept in one file of the data folder.
 *
 * Hocuspocus does the syncing; this file only decides who gets in and where documents are kept.
 * Several instances behind one address share documents through Hocuspocus' Redis extension, and a
 * database replaces the files through its Database extension (docs/team.md, "Scaling out").
 */

export interface TeamServerOptions {
  port: number;
  /** The address to listen on; 127.0.0.1 unless the team puts a TLS proxy in front (docs/team.md). */
  host: string;
  dataDir: string;
  /** The workspace secret, or several members' tokens: a connection must present one of them. */
  tokens: readonly string[];
  /** Quiet in tests; the command prints where it listens. */
  quiet?: boolean;
}

export interface RunningTeamServer {
  port: number;
  url: string;
  /** Stores every open document and stops. */
  stop(): Promise<void>;
}

/** A document name as Vetlens makes them (lib/team/config.ts): also safe as a file name. */
const DOCUMENT_NAME = /^[A-Za-z0-9_-]{8,64}$/;

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Whether the token is one of the team's, compared in constant time (no timing hint of a near miss). */
export function tokenAccepted(token: string, tokens: readonly string[]): boolean {
  const presented = digest(token);
  let accepted = false;
  for (const known of tokens) accepted = timingSafeEqual(presented, digest(known)) || accepted;
  return accepted && tokens.length > 0;
}

/** Writes a file whole or not at all: a temporary file, flushed to disk, then renamed over the old one. */
async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}

/** The join page an invitation link opens: it tells the member what to do with the address. */
function joinPage(response: ServerResponse): void {
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'",
    'Referrer-Policy': 'no-referrer',
  });
  response.end(
    '<!doctype html><meta charset="utf-8"><title>Vetlens team</title>' +
      '<h1>Join a Vetlens team</h1><p>Copy this page’s whole address (it holds the team’s invitation) and paste it in Vetlens: side panel → Team → Join.</p>' +
      '<h1>Vetlens komandasına qoşulun</h1><p>Bu səhifənin tam ünvanını (komandanın dəvəti ondadır) kopyalayın və Vetlens-ə yapışdırın: yan panel → Komanda → Qoşul.</p>',
  );
}

export async function startTeamServer(options: TeamServerOptions): Promise<RunningTeamServer> {
  if (options.tokens.length === 0 || options.tokens.some((token) => token.length < 8))
    throw new Error('the team server needs a secret of at least 8 characters');
  await mkdir(options.dataDir, { recursive: true });
  const fileOf = (name: string) => join(options.dataDir, `${name}.ydoc`);
  const server = new Server({
    port: options.port,
    address: options.host,
    quiet: options.quiet ?? false,
    // The signals are the command's to handle (it stores documents before it exits).
    stopOnSignals: false,
    // Changes reach the disk within 2 s of the last edit, and at least every 10 s during a stream of them.
    debounce: 2000,
    maxDebounce: 10_000,
    async onAuthenticate({ token, documentName }) {
      if (!DOCUMENT_NAME.test(documentName) || !tokenAccepted(token, options.tokens)) {
        throw Object.assign(new Error('wrong team secret'), { reason: 'wrong-secret' });
      }
    },
    async onRequest({ request, response }: { request: IncomingMessage; response: ServerResponse }) {
      if (request.method === 'GET' && new URL(request.url ?? '/', 'http://localhost').pathname === '/join') {
        joinPage(response);
        // An empty rejection tells Hocuspocus the request is answered.
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw null;
      }
    },
    extensions: [
      new Database({
        fetch: async ({ documentName }) => {
          try {
            return new Uint8Array(await readFile(fileOf(documentName)));
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
            throw error;
          }
        },
        store: async ({ documentName, state }) => writeFileAtomic(fileOf(documentName), state),
      }),
    ],
  });
  await server.listen();
  const port = server.address.port;
  return {
    port,
    url: `ws://${options.host}:${port}`,
    async stop() {
      await server.destroy();
    },
  };
}
