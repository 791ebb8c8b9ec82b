import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `npm run team-server` as its own process, on loopback, which a test can kill at any moment. */
export interface ServerProcess {
  port: number;
  url: string;
  /** SIGKILL: the process gets no chance to store anything. */
  kill(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startServerProcess(options: { dataDir: string; token: string; port?: number }): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  // The same command `npm run team-server` runs, without npm in between (so the kill reaches the server itself).
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'lib/team/server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--data', options.dataDir],
    { cwd: ROOT, env: { ...process.env, VETLENS_TEAM_TOKEN: options.token }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await new Promise<void>((ready, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`the team server did not start within 20 s: ${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Vetlens team server on')) return;
      clearTimeout(timer);
      ready();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => (clearTimeout(timer), fail(new Error(`the team server exited (${code}): ${output}`))));
  });
  let killed = false;
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    async kill() {
      if (!killed) child.kill('SIGKILL');
      killed = true;
      await exited;
    },
  };
}
