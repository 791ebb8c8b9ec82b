import type { Plugin, Rolldown } from 'vite';

/**
 * Node-only (used by wxt.config.ts): an extension page whose first script imports the rest of its
 * code dynamically gets that code preloaded from its HTML, as Vite preloads static imports.
 *
 * The side panel's first script opens the store and starts its first reads, and only then imports the
 * interface (entrypoints/sidepanel/main.tsx), so that the store's round trips run while the interface
 * loads. Without these links the browser would learn of the interface's chunks only once the first
 * script ran, and fetch and compile them after it instead of beside it.
 */
export function preloadStartImports(entries: readonly string[]): Plugin {
  return {
    name: 'vetlens:preload-start-imports',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        const entry = entryChunk(html, bundle);
        if (!entry || !entries.includes(entry.name)) continue;
        file.source = withPreloads(html, startImports(entry, bundle));
      }
    },
  };
}

/** The chunk a page's module script loads. */
function entryChunk(html: string, bundle: Rolldown.OutputBundle): Rolldown.OutputChunk | undefined {
  const src = /<script type="module"[^>]* src="\/([^"]+)"/.exec(html)?.[1];
  const chunk = src === undefined ? undefined : bundle[src];
  return chunk?.type === 'chunk' ? chunk : undefined;
}

/** The chunks an entry imports dynamically, with every chunk those import statically, in a stable order. */
function startImports(entry: Rolldown.OutputChunk, bundle: Rolldown.OutputBundle): string[] {
  const found = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (found.has(fileName) || chunk?.type !== 'chunk') return;
    found.add(fileName);
    chunk.imports.forEach(visit);
  };
  entry.dynamicImports.forEach(visit);
  return [...found];
}

/** The page with a `modulepreload` link for each file it does not link yet, after its other links. */
function withPreloads(html: string, files: string[]): string {
  const links = files.filter((file) => !html.includes(`"/${file}"`)).map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
  if (links.length === 0) return html;
  const at = html.search(/\s*<link rel="stylesheet"|\s*<\/head>/);
  if (at < 0) throw new Error('preload-start: the page has no <head> to preload from');
  const indent = /\n(\s*)<(link|script)/.exec(html)?.[1] ?? '';
  return `${html.slice(0, at)}${links.map((link) => `\n${indent}${link}`).join('')}${html.slice(at)}`;
}
