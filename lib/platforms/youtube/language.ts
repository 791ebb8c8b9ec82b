import { YT } from './selectors';

/** The language the page prints in: `<html lang>`, or the interface language in YouTube's own config. */
export function youtubeLanguage(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  if (lang) return lang.slice(0, 35);
  for (const script of doc.querySelectorAll(YT.inlineScript.css)) {
    const text = script.textContent ?? '';
    const match = YT.configLanguage.re.exec(text) ?? YT.configLanguageLower.re.exec(text);
    if (match) return match[1]!.replace('_', '-').slice(0, 35);
  }
  return null;
}
