import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connectTeam, type TeamConnection, type TeamStatus } from '../../lib/team/connection';
import { runTeamLoad } from '../../lib/team/load';
import { startTeamServer, tokenAccepted, type RunningTeamServer } from '../../lib/team/server/server';
import { putRow, readRows, materialize } from '../../lib/team/layout';
import { startServerProcess, type ServerProcess } from './server-process';

const SECRET = 'correct-horse-battery';
const WORKSPACE = 'agency-baku-01';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vetlens-team-server-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function server(dir = dataDir()): Promise<RunningTeamServer> {
  const running = await startTeamServer({ port: 0, host: '127.0.0.1', dataDir: dir, tokens: [SECRET], quiet: true });
  cleanups.push(() => running.stop());
  return running;
}

function member(url: string, secret = SECRET): { doc: Y.Doc; connection: TeamConnection } {
  const doc = new Y.Doc();
  const connection = connectTeam({ server: url, workspace: WORKSPACE, secret, doc, WebSocketPolyfill: WebSocket });
  cleanups.push(() => (connection.close(), doc.destroy()));
  return { doc, connection };
}

function waitForState(connection: TeamConnection, state: TeamStatus['state']): Promise<void> {
  return new Promise((resolve) => {
    if (connection.status().state === state) return resolve();
    const off = connection.onStatus((status) => status.state === state && (off(), resolve()));
  });
}

function waitForDoc(doc: Y.Doc, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const check = () => done() && (doc.off('update', check), resolve());
    doc.on('update', check);
  });
}

const list = (name: string) =>
  new Map<string, unknown>([
    ['/id', name],
    ['/name', name],
    ['/createdAt', '2026-12-07T12:00:00.000Z'],
  ]);
const stamp = { by: 'ayla', at: '2026-12-07T12:00:00.000Z' };

describe('team server', () => {
  it('compares secrets whole: a near miss, an empty token and no tokens at all are refused', () => {
    expect(tokenAccepted(SECRET, [SECRET])).toBe(true);
    expect(tokenAccepted(SECRET, ['someone-else', SECRET])).toBe(true);
    expect(tokenAccepted(`${SECRET} `, [SECRET])).toBe(false);
    expect(tokenAccepted('', [SECRET])).toBe(false);
    expect(tokenAccepted(SECRET, [])).toBe(false);
  });

  it('a wrong secret is refused and receives nothing of the team’s document', async () => {
    const running = await server();
    const ayla = member(running.url);
    ayla.doc.getMap('table:shortlists').set('"travel"\u0000', true);
    await ayla.connection.whenSynced(10_000);

    const stranger = member(running.url, 'guessed-secret');
    await waitForState(stranger.connection, 'refused');
    expect(stranger.doc.getMap('table:shortlists').size).toBe(0);
    // And it stays refused: the provider was stopped, nothing more is tried.
    expect(stranger.connection.status().state).toBe('refused');
  });

  it('serves the join page an invitation link opens, and nothing of a document over plain HTTP', async () => {
    const running = await server();
    const page = await fetch(`http://127.0.0.1:${running.port}/join`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Join a Vetlens team');
  });

  it('keeps the team’s document on disk: a second server on the same folder serves what the first stored', async () => {
    const dir = dataDir();
    const first = await startTeamServer({ port: 0, host: '127.0.0.1', dataDir: dir, tokens: [SECRET], quiet: true });
    const ayla = member(first.url);
    ayla.doc.transact(() => putRow(ayla.doc.getMap('table:shortlists'), '"travel"', list('travel'), stamp));
    await ayla.connection.whenSynced(10_000);
    await first.stop();

    const second = await server(dir);
    const kamran = member(second.url);
    await kamran.connection.whenSynced(10_000);
    expect(materialize(readRows(kamran.doc.getMap('table:shortlists')).get('"travel"'))).toEqual({
      id: 'travel',
      name: 'travel',
      createdAt: '2026-12-07T12:00:00.000Z',
    });
  });

  it('a server killed mid-edit loses nothing a member kept: both members’ edits are there after the restart', async () => {
    const dir = dataDir();
    let process: ServerProcess = await startServerProcess({ dataDir: dir, token: SECRET });
    cleanups.push(() => process.kill());
    const ayla = member(process.url);
    const kamran = member(process.url);
    await Promise.all([ayla.connection.whenSynced(10_000), kamran.connection.whenSynced(10_000)]);
    ayla.doc.transact(() => putRow(ayla.doc.getMap('table:shortlists'), '"before"', list('before'), stamp));
    // Killed at once (SIGKILL): whatever the server had not written to disk yet is gone from it.
    await process.kill();
    ayla.doc.transact(() => putRow(ayla.doc.getMap('table:shortlists'), '"while-down-a"', list('while-down-a'), stamp));
    kamran.doc.transact(() => putRow(kamran.doc.getMap('table:shortlists'), '"while-down-k"', list('while-down-k'), stamp));
    process = await startServerProcess({ dataDir: dir, token: SECRET, port: process.port });

    const names = (doc: Y.Doc) => [...readRows(doc.getMap('table:shortlists')).keys()].sort();
    const all = ['"before"', '"while-down-a"', '"while-down-k"'];
    await Promise.all([ayla, kamran].map(({ doc }) => waitForDoc(doc, () => names(doc).join() === all.join())));
    expect(names(ayla.doc)).toEqual(all);
    expect(names(kamran.doc)).toEqual(all);
  });

  it('20 members making 200 edits each at once all end with every edit', { timeout: 120_000 }, async () => {
    const running = await server();
    const result = await runTeamLoad({
      server: running.url,
      workspace: WORKSPACE,
      secret: SECRET,
      members: 20,
      edits: 200,
      WebSocketPolyfill: WebSocket,
      timeoutMs: 100_000,
    });
    // Each member shortlisted 100 creators (its even edits) and set its fee 100 times (runTeamLoad checks the fees).
    expect(result.entriesPerMember).toEqual(Array.from({ length: 20 }, () => 2000));
  });
});
