import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { runTeamLoad } from '../team/load';
import { startTeamServer } from '../team/server/server';

/**
 * `npm run bench`'s team figure: 20 simulated members making 200 edits each at once through the team
 * server on loopback, timed from the first edit until every member holds every edit.
 */
export async function teamLoad20x200Ms(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vetlens-bench-team-'));
  const secret = 'bench-team-secret';
  const server = await startTeamServer({ port: 0, host: '127.0.0.1', dataDir, tokens: [secret], quiet: true });
  try {
    const result = await runTeamLoad({
      server: server.url,
      workspace: 'bench-workspace',
      secret,
      members: 20,
      edits: 200,
      WebSocketPolyfill: WebSocket,
      timeoutMs: 120_000,
    });
    return Math.round(result.ms);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
