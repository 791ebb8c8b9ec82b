import type { LanguageOf } from './audience';

/** The browser's detector's answer for one text (browser.i18n.detectLanguage). */
export type BrowserDetect = (text: string) => Promise<{ language: string; reliable: boolean } | null>;

/** Texts asked of the browser per dossier: enough for every sample, few enough to stay quick. */
export const MAX_TEXTS_DETECTED = 300;

/**
 * One text's language from both detectors. The browser's (Chromium's CLD3, Firefox's CLD2) knows
 * languages the bundled tinyld lacks, Azerbaijani first of all, which tinyld reads as Turkish: where
 * it is reliable it decides. Otherwise the bundled detector, which says null rather than guess.
 */
export function combineLanguage(bundled: string | null, browser: { language: string; reliable: boolean } | null): string | null {
  if (browser?.reliable) {
    const base = browser.language.toLowerCase().split(/[-_]/)[0]!;
    if (base && base !== 'und' && /^[a-z]{2,3}$/.test(base)) return base;
  }
  return bundled;
}

/**
 * Asks the browser about each text ahead (its detector is asynchronous; the dossier's functions are
 * pure and synchronous) and returns the lookup the dossier reads languages from. Without a browser
 * detector (Node, tests) the bundled one alone decides; without either, nothing is told.
 */
export async function detectTexts(texts: readonly string[], detectors: { browser?: BrowserDetect | null; bundled?: LanguageOf | null }): Promise<LanguageOf> {
  const answers = new Map<string, string | null>();
  for (const text of texts.slice(0, MAX_TEXTS_DETECTED)) {
    const browser = detectors.browser ? await detectors.browser(text).catch(() => null) : null;
    answers.set(text, combineLanguage(detectors.bundled?.(text) ?? null, browser));
  }
  return (text) => answers.get(text) ?? null;
}
