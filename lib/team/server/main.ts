import { randomBytes } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startTeamServer } from './server';

/**
 * `npm run team-server`: the team's sync server, one command.
 *
 *   --port  / VETLENS_TEAM_PORT    (default 8787)
 *   --host  / VETLENS_TEAM_HOST    (default 127.0.0.1; see docs/team.md before opening it wider)
 *   --data  / VETLENS_TEAM_DATA    (default ./team-data: the team's documents, one file each)
 *   --token / VETLENS_TEAM_TOKEN   (the workspace secret; several members' tokens: repeat the flag,
 *                                   or separate them with commas in the variable)
 *
 * With no token given, the first start makes a secret, keeps it in the data folder (readable by its
 * owner only) and prints it; later starts read it from there.
 */

const USAGE = 'usage: npm run team-server -- [--port 8787] [--host 127.0.0.1] [--data ./team-data] [--token SECRET ...]';

async function storedSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, 'secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(dataDir, { recursive: true });
    const secret = randomBytes(24).toString('base64url');
    await writeFile(file, `${secret}\n`, { mode: 0o600 });
    console.log(`Made a new team secret and kept it in ${file}`);
    return secret;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      token: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const env = process.env;
  const port = Number(values.port ?? env.VETLENS_TEAM_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${values.port ?? env.VETLENS_TEAM_PORT}\n${USAGE}`);
  const host = values.host ?? env.VETLENS_TEAM_HOST ?? '127.0.0.1';
  const dataDir = resolve(values.data ?? env.VETLENS_TEAM_DATA ?? 'team-data');
  const given = values.token ?? env.VETLENS_TEAM_TOKEN?.split(',') ?? [];
  const tokens = given.map((token) => token.trim()).filter(Boolean);
  const server = await startTeamServer({ port, host, dataDir, tokens: tokens.length ? tokens : [await storedSecret(dataDir)], quiet: true });
  console.log(`Vetlens team server on ${server.url}, keeping documents in ${dataDir}`);
  if (!tokens.length) console.log(`Team secret: ${(await readFile(join(dataDir, 'secret'), 'utf8')).trim()}`);
  const stop = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
