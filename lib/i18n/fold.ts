/**
 * Text as people mean it when they compare words, across Azerbaijani, Turkish and English writing.
 * JavaScript's locale-free lower case gets the dotted and dotless i wrong for both languages:
 * "İ".toLowerCase() is "i" plus a combining dot, and "QIŞ" becomes "qiş" where Azerbaijani reads
 * "qış". And people type names and tags without their marks ("memmedova" for "Məmmədova").
 */

/**
 * The form two texts are compared in: İ, I, ı and i are one letter, marks are dropped (ş → s,
 * ü → u), and ə is e, so "#İSTİRAHƏT" meets "#istirahət", "#QIŞ" meets "qış" and "memmedova" meets
 * "Məmmədova". Only for comparing, never for showing.
 */
export function foldForMatch(text: string): string {
  return text.replace(/[İIı]/g, 'i').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ə/g, 'e');
}

/** Letters only Azerbaijani and Turkish (of the languages Vetlens meets) write. */
const TURKIC_LETTERS = /[əƏıİşŞğĞ]/;

/**
 * A word in lower case the way its language writes it, for keeping and showing what the marketer
 * typed: Azerbaijani and Turkish words take their own rules ("QIŞ" → "qış", "İSTİRAHƏT" →
 * "istirahət"), other words the general ones ("INSTAGRAM" → "instagram").
 */
export function lowerAsWritten(word: string): string {
  return TURKIC_LETTERS.test(word) ? word.toLocaleLowerCase('az') : word.toLowerCase();
}
