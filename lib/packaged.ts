/**
 * Loading the extension's own files on demand. Content scripts and the background are built as
 * classic scripts, where a bundler inlines every import(): code meant to load later has to be
 * built on its own and loaded by its address in the package.
 */

/** Present in every extension context of Chrome and Firefox; only getURL is used here. */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * Imports an ES module the extension ships ("/content-scripts/lazy/instagram.js"). The address is
 * the extension's own: Firefox's add-on linter accepts an import() only of `chrome.runtime.getURL(…)`.
 */
export function importPackaged<T>(path: string): Promise<T> {
  return import(/* @vite-ignore */ chrome.runtime.getURL(path)) as Promise<T>;
}
