import type { MessageKey } from './message-keys';

/**
 * One translation interface for the extension (backed by browser.i18n) and for Node (the CLI and
 * tests, backed by the merged catalogs). Messages use the browser's own `$1`…`$9` substitutions.
 */
export interface I18n {
  /**
   * BCP 47 tag of the interface language, for `lang` attributes and Intl numbers and dates: the
   * browser's language when Vetlens speaks it, else English (the strings' fallback).
   */
  readonly locale: string;
  /** The browser's own language, which spreadsheets on this computer likely follow (CSV separator). */
  readonly browserLanguage?: string;
  /** A property, not a method: callers take `t` out of the object (`const { t } = i18n`). */
  /** Keys are typed (lib/i18n/message-keys.ts): a key the catalogues lack does not compile. */
  readonly t: (key: MessageKey, ...substitutions: Array<string | number>) => string;
  /** The browser's own language detector, where there is one; null when it cannot tell or fails. */
  readonly detectLanguage?: (text: string) => Promise<{ language: string; reliable: boolean } | null>;
}

export function substitute(message: string, substitutions: Array<string | number>): string {
  return message.replace(/\$(\d|\$)/g, (_whole, index: string) => {
    if (index === '$') return '$';
    const value = substitutions[Number(index) - 1];
    return value === undefined ? '' : String(value);
  });
}

export function createCatalogI18n(locale: string, catalog: Record<string, { message: string }>, fallback?: Record<string, { message: string }>): I18n {
  return {
    locale,
    t(key, ...subs) {
      const entry = catalog[key] ?? fallback?.[key];
      return entry ? substitute(entry.message, subs) : key;
    },
  };
}

/** Backed by the extension's i18n API; `getMessage` is passed in so this stays testable. */
const INTERFACE_LANGUAGES = ['en', 'az'] as const;

/**
 * The locale Vetlens's text is in. The browser picks the strings' language itself, and its
 * reported UI language can differ (Chromium says "en-US" where it has no interface of its own in
 * Azerbaijani yet serves the Azerbaijani strings), so the strings name their language
 * (`interface_language`) and the browser's language adds only a region: "en" + "en-GB" → "en-GB",
 * "az" + "en-US" → "az", and a browser in Russian gets English.
 */
export function interfaceLocale(browserLanguage: string, catalogLanguage?: string): string {
  const base = browserLanguage.split(/[-_]/)[0]!.toLowerCase();
  const language =
    catalogLanguage && (INTERFACE_LANGUAGES as readonly string[]).includes(catalogLanguage)
      ? catalogLanguage
      : (INTERFACE_LANGUAGES as readonly string[]).includes(base)
        ? base
        : 'en';
  return base === language ? browserLanguage.replace('_', '-') : language;
}

export function createBrowserI18n(api: {
  getMessage(key: string, subs?: string[]): string;
  getUILanguage(): string;
  detectLanguage?(text: string): Promise<{ isReliable: boolean; languages: Array<{ language: string; percentage: number }> }>;
}): I18n {
  const browserLanguage = api.getUILanguage() || 'en';
  return {
    locale: interfaceLocale(browserLanguage, api.getMessage('interface_language')),
    browserLanguage,
    async detectLanguage(text) {
      try {
        const result = await api.detectLanguage?.(text);
        const top = result?.languages[0];
        return top ? { language: top.language, reliable: result.isReliable } : null;
      } catch {
        return null;
      }
    },
    t(key, ...subs) {
      return api.getMessage(key, subs.map(String)) || key;
    },
  };
}
