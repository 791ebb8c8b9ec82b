import { safeHttpUrl } from '../urls';

/**
 * Text and addresses written into Markdown: the one place both exports (the campaign brief and its
 * results section) escape page text and write links. A leaf: it imports nothing from lib/export.
 */

/** Untrusted text (handles, names) as literal Markdown: no links, emphasis, HTML or table breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_{}[\]()<>#+\-.!|~])/g, '\\$1');
}

/**
 * A URL inside <…> in Markdown, only when it is http(s): anything else (`javascript:`, `data:`…)
 * becomes null, so no renderer can turn it into a link. Characters that would end the link or a
 * table cell are percent-encoded.
 */
export function markdownUrl(url: string | null | undefined): string | null {
  const safe = safeHttpUrl(url);
  return safe === null ? null : `<${safe.replace(/[<>\s|]/g, encodeURIComponent)}>`;
}
