import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

type MessageCatalog = Record<string, { message: string; description?: string }>;

export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'locales');

/**
 * Node-only (build, CLI, tests): merges every lib/i18n/locales/<lang>/*.json into one catalog per
 * language. Each feature keeps its strings in its own file; a key defined twice is an error.
 */
export function buildLocaleCatalogs(dir = LOCALES_DIR): Record<string, MessageCatalog> {
  const catalogs: Record<string, MessageCatalog> = {};
  for (const lang of readdirSync(dir).sort()) {
    const merged: MessageCatalog = {};
    for (const file of readdirSync(join(dir, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const part = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as MessageCatalog;
      for (const [key, value] of Object.entries(part)) {
        if (key in merged) throw new Error(`i18n key "${key}" is defined twice (${lang}/${file})`);
        merged[key] = value;
      }
    }
    catalogs[lang] = merged;
  }
  return catalogs;
}
