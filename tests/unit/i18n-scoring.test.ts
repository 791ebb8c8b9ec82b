import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES_DIR } from '../../lib/i18n/build-catalogs';

const read = (lang: string, area: string) => JSON.parse(readFileSync(join(LOCALES_DIR, lang, `${area}.json`), 'utf8')) as Record<string, { message: string }>;
const placeholders = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort();

describe.each(['scoring', 'brandfit', 'briefs'])('%s strings', (area) => {
  const en = read('en', area);
  const az = read('az', area);

  it('has the same keys in English and Azerbaijani, with valid key names', () => {
    expect(Object.keys(az).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-zA-Z0-9_]+$/);
  });

  it('uses the same substitutions in both languages, and a real translation', () => {
    for (const [key, { message }] of Object.entries(en)) {
      expect(placeholders(az[key]!.message), key).toEqual(placeholders(message));
      expect(az[key]!.message.trim().length, key).toBeGreaterThan(0);
    }
  });
});
