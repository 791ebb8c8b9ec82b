import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The module WXT's content script entry takes its context class from. */
const WXT_CONTEXT = 'wxt/utils/content-script-context';

/**
 * Node-only (used by wxt.config.ts): gives the content scripts Vetlens's own context class
 * (lib/content/context.ts) in place of WXT's, which announces every content script to the page
 * (a window message and a CustomEvent carrying the extension's id) and stops when the page replays
 * that announcement. WXT's entry does `new ContentScriptContext(name, options)` before calling a
 * script's `main`, so the class is swapped where that module is resolved.
 */
export function quietContentContext(): Plugin {
  const replacement = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'content', 'context.ts');
  return {
    name: 'vetlens:quiet-content-context',
    enforce: 'pre',
    resolveId(source) {
      return source === WXT_CONTEXT ? replacement : null;
    },
  };
}
