import * as z from 'zod/mini';
import { expected } from './validation';

/**
 * The only links Vetlens stores, exports or renders: absolute http(s) addresses with a host.
 * `javascript:`, `data:`, `vbscript:`, `file:` and relative or broken addresses give null.
 * Returns the address as the URL parser writes it (percent-encoded, no spaces).
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
  return url.href;
}

/** A stored link: an absolute http(s) address (checked again wherever it is exported). */
export const HttpUrlSchema = z.string().check(
  z.maxLength(2000, expected('an http(s) address of at most 2000 characters')),
  z.refine((value) => safeHttpUrl(value) !== null, expected('an http(s) address such as https://shop.example/')),
);
