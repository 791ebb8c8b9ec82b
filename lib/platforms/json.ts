/**
 * Helpers for walking JSON a page embeds or fetches. Everything from a page is untrusted: every
 * step checks the type it expects and gives undefined otherwise, never throws.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a path of keys and array indexes: dig(data, 'header', 'c4TabbedHeaderRenderer'). */
export function dig(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[key];
    } else {
      if (!isObject(current)) return undefined;
      current = current[key];
    }
  }
  return current;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * A count from JSON: a non-negative safe integer, or a string of digits (TikTok's statsV2 gives
 * "783427"). Anything else is undefined: not zero.
 */
export function jsonCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 && value <= 1e13 ? value : undefined;
  if (typeof value === 'string' && /^\d{1,14}$/.test(value)) {
    const n = Number(value);
    return n <= 1e13 ? n : undefined;
  }
  return undefined;
}

/**
 * Every object under `root` that has `key`, depth first, in document order. Bounded so a hostile
 * page cannot make the walk run forever.
 */
export function collectByKey(root: unknown, key: string, limit = 2000): JsonObject[] {
  const found: JsonObject[] = [];
  const stack: unknown[] = [root];
  let visited = 0;
  while (stack.length > 0 && found.length < limit && visited < 500_000) {
    const node = stack.pop();
    visited += 1;
    if (Array.isArray(node)) {
      // Never more elements than the budget has left: a sparse array claims any length for free.
      for (let i = Math.min(node.length, 500_000 - visited - stack.length) - 1; i >= 0; i -= 1) stack.push(node[i]);
    } else if (isObject(node)) {
      const hit = node[key];
      if (isObject(hit)) found.push(hit);
      const values = Object.values(node);
      for (let i = values.length - 1; i >= 0; i -= 1) if (values[i] !== hit) stack.push(values[i]);
    }
  }
  return found;
}

/**
 * The JSON object literal assigned after `marker` in a script's text ("var ytInitialData = {...};").
 * Scans to the matching brace, respecting strings, then parses; undefined when anything is off.
 */
export function jsonAfter(text: string, marker: RegExp): unknown {
  const match = marker.exec(text);
  if (!match) return undefined;
  const start = text.indexOf('{', match.index + match[0].length);
  if (start === -1 || text.slice(match.index + match[0].length, start).trim() !== '') return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) {
        try {
          return JSON.parse(text.slice(start, i + 1)) as unknown;
        } catch {
          return undefined;
        }
      }
    }
  }
  return undefined;
}

/**
 * Embedded JSON never changes in a live tab once written, but the page is read again on every
 * change: parse each script once per reading of it (re-parsed if its text changes length). `reading`
 * names what `parse` makes of the text: one script is read as a channel's data and as a video's
 * after an in-page navigation, and one reading must never be handed to the other.
 */
const parsedScripts = new WeakMap<Element, Map<string, { length: number; value: unknown }>>();

export function parseScriptOnce(script: Element, reading: string, parse: (text: string) => unknown): unknown {
  const text = script.textContent ?? '';
  let readings = parsedScripts.get(script);
  if (!readings) parsedScripts.set(script, (readings = new Map<string, { length: number; value: unknown }>()));
  const cached = readings.get(reading);
  if (cached && cached.length === text.length) return cached.value;
  const value = parse(text);
  readings.set(reading, { length: text.length, value });
  return value;
}

/** The parsed content of a `<script type="application/json" id=…>`; undefined when absent or broken. */
export function scriptJson(doc: Document, id: string): unknown {
  return elementJson(doc.getElementById(id));
}

/** The parsed JSON text of an element (a `<script type="application/json">`); undefined when absent or broken. */
export function elementJson(script: Element | null): unknown {
  if (!script?.textContent) return undefined;
  return parseScriptOnce(script, 'json', (text) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  });
}

/** The page's language: `<html lang>`, which decides how its counts are read. */
export function pageLanguage(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  return lang ? lang.slice(0, 35) : null;
}

/** Trimmed text of an element, or null when it is missing or empty. */
export function textOf(element: Element | null | undefined): string | null {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** Cuts untrusted text to the schema's limits. */
export function clip(text: string | null | undefined, max: number): string | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

/** A meta tag's content (property= or name=), trimmed, or null. Meta tags go stale on in-page navigation. */
export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const value = el?.getAttribute('content');
  return value ? value.trim() : null;
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
      for (let i = Math.min(node.length, budget - seen - stack.length) - 1; i >= 0; i--) stack.push(node[i]);
    } else if (isObject(node)) {
      visit(node);
      for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
}
