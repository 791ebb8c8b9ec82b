/**
 * Small, defensive readers shared by the platform modules. Everything they return is untrusted
 * page text; none of them throws on a missing element.
 */

export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const value = el?.getAttribute('content');
  return value ? value.trim() : null;
}

/** The element's visible text with whitespace collapsed, or null when absent or empty. */
export function textOf(el: Element | null | undefined): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** `<html lang>`, lower-cased ("es-419"), or null. */
export function pageLanguage(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase();
  return lang ? lang.slice(0, 35) : null;
}

export function safeJsonParse(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-negative safe integer from a JSON number or a digit-only string, else null. */
export function jsonCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return null;
}

export function jsonString(value: unknown, max = 20000): string | null {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, max) : null;
}

/**
 * Visits every object inside a JSON value, depth-first, with a budget so a huge or hostile
 * payload cannot stall the page.
 */
export function walkJson(root: unknown, visit: (node: Record<string, unknown>) => void, budget = 200_000): void {
  const stack: unknown[] = [root];
  let seen = 0;
  while (stack.length && seen < budget) {
    const node = stack.pop();
    seen++;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (isRecord(node)) {
      visit(node);
      for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
}

/** Unix seconds or an ISO string to ISO, else null. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    const ms = value < 1e12 ? value * 1000 : value;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (typeof value === 'string' && /^\d{10}$/.test(value)) return toIsoDate(Number(value));
  return null;
}
