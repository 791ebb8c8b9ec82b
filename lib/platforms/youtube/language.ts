/** The language the page prints in: `<html lang>`, or the interface language in YouTube's own config. */
export function youtubeLanguage(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  if (lang) return lang.slice(0, 35);
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const match = /"HL"\s*:\s*"([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?)"/.exec(text) ?? /"hl"\s*:\s*"([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?)"/.exec(text);
    if (match) return match[1]!.replace('_', '-').slice(0, 35);
  }
  return null;
}
