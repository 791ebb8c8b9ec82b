import { buildLocaleCatalogs } from './build-catalogs';
import { createCatalogI18n, type I18n } from './translate';

let cached: ReturnType<typeof buildLocaleCatalogs> | undefined;

/** Node-only translator for the CLI and tests: the same strings the extension ships. */
export function nodeI18n(lang: 'en' | 'az' = 'en'): I18n {
  cached ??= buildLocaleCatalogs();
  return createCatalogI18n(lang === 'az' ? 'az-AZ' : 'en-US', cached[lang] ?? {}, cached.en);
}
