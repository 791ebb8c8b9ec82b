import { describe, expect, it } from 'vitest';
import { buildLocaleCatalogs } from '../../../lib/i18n/build-catalogs';
import { messageKey } from '../../../lib/i18n/keys';
import type { MessageKey } from '../../../lib/i18n/message-keys';
import { codeOf, matchingLines, sourceFiles } from '../helpers/sources';

/**
 * A message key is made from an id one way: `messageKey(prefix, id)` (lib/i18n/keys.ts). Not a
 * template spelling the key out, not `snake()` inside one, not a table from every id to its key.
 */

const CODE = sourceFiles().filter((file) => file !== 'lib/i18n/keys.ts' && file !== 'lib/i18n/message-keys.ts');
const KEYS = Object.keys(buildLocaleCatalogs().en ?? {});

describe('message keys from ids', () => {
  it('joins a prefix and ids, hyphens made underscores, typed as the keys it can make', () => {
    const status = 'to-contact' as 'to-contact' | 'declined';
    const key: MessageKey = messageKey('sp_status', status);
    expect(key).toBe('sp_status_to_contact');
    expect(messageKey('vs_usual_title', 'video', 'one')).toBe('vs_usual_title_video_one');
    expect(messageKey('check', 'comments-per-like-out-of-range')).toBe('check_comments_per_like_out_of_range');
  });

  it('finds the catalogue keys it checks against', () => {
    expect(KEYS).toContain('platform_tiktok');
    expect(CODE).toContain('lib/export/csv-columns.ts');
  });

  it('never spells a key out in a template or turns an id into a key part by hand', () => {
    // A template whose text before the first `${` starts some catalogue key is a key built by hand.
    const templates = CODE.flatMap((file) =>
      [...codeOf(file).matchAll(/`([a-z][a-z0-9_]*_)\$\{/g)].filter((m) => KEYS.some((key) => key.startsWith(m[1]!))).map((m) => `${file}: \`${m[1]}\${…}\``),
    );
    expect(templates).toEqual([]);
    expect(matchingLines(CODE, /\bsnake\(|\.replace\(\/-\/g,\s*'_'\)|\.replaceAll\('-',\s*'_'\)/)).toEqual([]);
  });

  it('keeps no table from every id of a set to its key', () => {
    // A table typed over string ids, or Partial (only some ids have words), names which ids have a
    // message; a complete table whose every key is the prefix and the id is messageKey written out.
    const tables = CODE.flatMap((file) =>
      [...codeOf(file).matchAll(/const (\w+)(?::\s*([^=]+))?=\s*\{([^{}]*)\}/g)].flatMap((m) => {
        const [, name, type = '', body] = m;
        if (/Partial<|Record<string,/.test(type)) return [];
        const entries = [...body!.matchAll(/'?([\w-]+)'?\s*:\s*'([a-z][a-z0-9_]*)'/g)].map(([, id, key]) => ({ id: id!, key: key! }));
        const byHand = entries.length >= 2 && entries.every(({ id, key }) => key.endsWith(`_${id.replace(/-/g, '_')}`) && KEYS.includes(key));
        return byHand ? [`${file}: ${name}`] : [];
      }),
    );
    expect(tables).toEqual([]);
  });
});
