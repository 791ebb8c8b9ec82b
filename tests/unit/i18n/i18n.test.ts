import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLocaleCatalogs } from '../../../lib/i18n/build-catalogs';
import { createBrowserI18n, createCatalogI18n, interfaceLocale, substitute } from '../../../lib/i18n/translate';
import type { MessageKey } from '../../../lib/i18n/message-keys';

const catalogs = buildLocaleCatalogs();
const placeholders = (message: string) =>
  [...message.matchAll(/\$(\d)/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('UI strings', () => {
  it('ships English and Azerbaijani', () => {
    expect(Object.keys(catalogs).sort()).toEqual(['az', 'en']);
  });

  it('has every English key in Azerbaijani, with the same substitutions, and nothing extra', () => {
    const en = catalogs.en!;
    const az = catalogs.az!;
    expect(Object.keys(az).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(az[key]!.message.trim(), key).not.toBe('');
      expect(placeholders(az[key]!.message), key).toBe(placeholders(en[key]!.message));
    }
  });

  it('uses only key names the browser accepts', () => {
    for (const key of Object.keys(catalogs.en!)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('defines every literal key the code asks for', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
    const missing: string[] = [];
    for (const file of [...sourceFiles(join(root, 'lib')), ...sourceFiles(join(root, 'components')), ...sourceFiles(join(root, 'entrypoints'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) {
        if (!(match[1]! in catalogs.en!)) missing.push(`${match[1]} (${file.slice(root.length + 1)})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('substitutes $1…$9 and $$ like the browser does', () => {
    expect(substitute('$1 vs $2, $$5', ['1.3%', '0.9%'])).toBe('1.3% vs 0.9%, $5');
    const i18n = createCatalogI18n('az-AZ', catalogs.az!, catalogs.en);
    expect(i18n.t('popup_removed', 'lena')).toBe('lena qısa siyahıdan çıxarıldı.');
    expect(i18n.t('no_such_key' as MessageKey)).toBe('no_such_key');
  });

  it('takes the interface locale from the strings in use, with the browser adding only a region', () => {
    expect(interfaceLocale('en-GB', 'en')).toBe('en-GB');
    expect(interfaceLocale('az-AZ', 'az')).toBe('az-AZ');
    // Chromium may report "en-US" while serving the Azerbaijani strings.
    expect(interfaceLocale('en-US', 'az')).toBe('az');
    expect(interfaceLocale('ru', 'en')).toBe('en');
    expect(interfaceLocale('az_AZ')).toBe('az-AZ');
    expect(interfaceLocale('de')).toBe('en');
    const az = createBrowserI18n({ getUILanguage: () => 'en-US', getMessage: (key) => catalogs.az![key]?.message ?? '' });
    expect(az.locale).toBe('az');
    expect(az.browserLanguage).toBe('en-US');
  });
});
