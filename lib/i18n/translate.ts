/**
 * One translation interface for the extension (backed by browser.i18n) and for Node (the CLI and
 * tests, backed by the merged catalogs). Messages use the browser's own `$1`…`$9` substitutions.
 */
export interface I18n {
  /** BCP 47 tag used for Intl number and date formatting. */
  readonly locale: string;
  t(key: string, ...substitutions: Array<string | number>): string;
}

export function substitute(message: string, substitutions: Array<string | number>): string {
  return message.replace(/\$(\d|\$)/g, (whole, index: string) => {
    if (index === '$') return '$';
    const value = substitutions[Number(index) - 1];
    return value === undefined ? '' : String(value);
  });
}

export function createCatalogI18n(
  locale: string,
  catalog: Record<string, { message: string }>,
  fallback?: Record<string, { message: string }>,
): I18n {
  return {
    locale,
    t(key, ...subs) {
      const entry = catalog[key] ?? fallback?.[key];
      return entry ? substitute(entry.message, subs) : key;
    },
  };
}

/** Backed by the extension's i18n API; `getMessage` is passed in so this stays testable. */
export function createBrowserI18n(api: {
  getMessage(key: string, subs?: string[]): string;
  getUILanguage(): string;
}): I18n {
  return {
    locale: api.getUILanguage() || 'en',
    t(key, ...subs) {
      return api.getMessage(key, subs.map(String)) || key;
    },
  };
}
