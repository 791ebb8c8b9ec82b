import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sources';

/**
 * Keeps every extension message on the protocol map (lib/protocol/channels.ts): sent and heard only
 * through lib/protocol/send.ts, its `type` never written by hand, its answer never cast.
 */

const PROTOCOL_DIR = 'lib/protocol/';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The code of the extension's files without comments (comments may name an API or a message). */
const SHIPPED = ['lib', 'components', 'entrypoints']
  .flatMap((dir) => sources(join(ROOT, dir)))
  .map((file) => ({
    file: relative(ROOT, file).replaceAll('\\', '/'),
    code: readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1'),
  }));

function offenders(pattern: RegExp, where: (file: string) => boolean): string[] {
  return SHIPPED.filter(({ file, code }) => where(file) && pattern.test(code)).map(({ file, code }) => `${file}: ${code.match(pattern)?.[0]}`);
}

/** The types of what messages carry and answer, from the files that define them. */
function messageTypeNames(): string[] {
  const files = SHIPPED.filter(({ file }) => file === 'lib/messages.ts' || file === 'lib/card-messages.ts' || file.startsWith(PROTOCOL_DIR));
  return files.flatMap(({ code }) => [...code.matchAll(/export (?:type|interface) (\w+)/g)].map((m) => m[1]!));
}

describe('the message protocol conventions', () => {
  it('reads the files it checks', () => {
    expect(SHIPPED.length).toBeGreaterThan(100);
    expect(messageTypeNames()).toEqual(expect.arrayContaining(['SnapshotResponse', 'TabState', 'CardView', 'CardActionAnswer', 'Answer']));
  });

  it('sends and hears extension messages only through lib/protocol/send.ts', () => {
    const messaging = /\b(sendMessage|onMessage|onMessageExternal|onConnect|connectNative|runtime\.connect)\b/;
    expect(offenders(messaging, (file) => file !== `${PROTOCOL_DIR}send.ts`)).toEqual([]);
  });

  it('never writes a message type by hand: the map names them', () => {
    // `content-to-worker:snapshot` as well as the older one-ended `content:snapshot`, `card:state`, `tab:current-state`.
    const typeLiteral = /['"`](content|worker|card|popup|extension|tab)(-to-[a-z]+)?:[a-z][a-z-]*['"`]/;
    expect(offenders(typeLiteral, (file) => !file.startsWith(PROTOCOL_DIR))).toEqual([]);
  });

  it('never casts what a message carries or answers: the schemas type it', () => {
    const cast = new RegExp(`\\bas\\s+(?:unknown\\s+as\\s+)?(?:${messageTypeNames().join('|')})\\b`);
    expect(offenders(cast, () => true)).toEqual([]);
  });
});
