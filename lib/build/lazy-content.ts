import { resolve } from 'node:path';
import type { Wxt } from 'wxt';
import type { InlineConfig, Plugin, PluginOption } from 'vite';
import { CARD_PAGE_PATH, LAZY_CONTENT_DIR, LAZY_READERS } from '../built-files';

/**
 * Node-only (used by wxt.config.ts): builds the parts of the content scripts that load later.
 *
 * WXT builds each content script as one classic script, with every import() inlined. So the readers
 * (lib/content/readers/<site>.ts) are built here as ES modules of their own, which the content
 * scripts import() by address after the page's load. (The card is an extension page in a frame,
 * entrypoints/card/, which WXT builds; its frame loads only when there is a creator to show.)
 * The files go into `content-scripts/lazy/`, which the manifest lets the three
 * sites' pages load (a content script's import() fetches as the page does), under Chrome's dynamic
 * URLs so no page can find them by a fixed address.
 */

/** The Vite configuration WXT used for an isolated-world content script, reused for the lazy build. */
let contentScriptConfig: InlineConfig | undefined;

/** Call from the `vite:build:extendConfig` hook: keeps the configuration of a content script's build. */
export function keepContentScriptConfig(entrypoints: readonly { type: string; options: object }[], config: InlineConfig): void {
  const [entrypoint] = entrypoints;
  if (entrypoints.length === 1 && entrypoint?.type === 'content-script' && (entrypoint.options as { world?: string }).world !== 'MAIN')
    contentScriptConfig = config;
}

/** WXT plugins that belong to one classic-script entrypoint, not to a module build. */
const PER_ENTRYPOINT_PLUGINS = new Set(['wxt:iife-footer', 'wxt:iife-anonymous', 'wxt:entrypoint-group-globals']);

function flatPlugins(options: PluginOption[] | undefined): Plugin[] {
  const out: Plugin[] = [];
  for (const option of options ?? []) {
    if (Array.isArray(option)) out.push(...flatPlugins(option));
    else if (option && typeof option === 'object' && 'name' in option) out.push(option as Plugin);
  }
  return out;
}

/** The lazy modules are scripts only: a stylesheet here would never reach the page (the card's styles live in its frame). */
function noStylesheets(): Plugin {
  return {
    name: 'vetlens:lazy-without-css',
    enforce: 'post',
    generateBundle(_options, bundle) {
      if (Object.values(bundle).some((file) => file.type === 'asset' && file.fileName.endsWith('.css')))
        throw new Error('lazy content build: a reader imports a stylesheet');
    },
  };
}

/** Call from the `build:publicAssets` hook: builds the lazy modules and returns them as files to write. */
export async function buildLazyContent(wxt: Wxt): Promise<{ relativeDest: string; contents: string }[]> {
  if (!contentScriptConfig) throw new Error('lazy content build: no content script was built before the public assets');
  const { build } = await import('vite');
  const { build: base = {}, plugins, ...rest } = contentScriptConfig;
  const modules: Record<string, string> = Object.fromEntries(LAZY_READERS.map((name) => [name, resolve(wxt.config.root, `lib/content/readers/${name}.ts`)]));
  const files: { relativeDest: string; contents: string }[] = [];
  // One self-contained module each: Chrome serves a dynamic-URL module under the extension's fixed
  // id, so a module's relative imports would be refused; each one is loaded by its own address.
  for (const [name, entry] of Object.entries(modules)) {
    const result = await build({
      ...rest,
      configFile: false,
      logLevel: 'warn',
      plugins: [...flatPlugins(plugins).filter((plugin) => !PER_ENTRYPOINT_PLUGINS.has(plugin.name)), noStylesheets()],
      build: {
        minify: base.minify,
        sourcemap: base.sourcemap,
        target: base.target,
        outDir: base.outDir,
        emptyOutDir: false,
        copyPublicDir: false,
        write: false,
        modulePreload: false,
        lib: { entry, formats: ['es'] },
        // Vite leaves a library's ES modules readable for the next bundler; these are the shipped files.
        rollupOptions: { output: { entryFileNames: `${name}.js`, codeSplitting: false, minify: base.minify !== false, comments: false } },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
    if (outputs.length !== 1) throw new Error(`lazy content build: ${name} gave ${outputs.length} files, expected one module`);
    for (const file of outputs)
      files.push({ relativeDest: `${LAZY_CONTENT_DIR}/${file.fileName}`, contents: file.type === 'chunk' ? file.code : String(file.source) });
  }
  return files;
}

/**
 * Call from the `build:manifestGenerated` hook: lets the three sites' pages load the lazy modules and
 * frame the card's page (and nothing else of the extension), at Chrome's per-session dynamic
 * addresses, so no page can find Vetlens by a fixed address.
 */
export function allowLazyContent(manifest: { web_accessible_resources?: unknown[] }, matches: readonly string[]): void {
  manifest.web_accessible_resources ??= [];
  manifest.web_accessible_resources.push({ resources: [`${LAZY_CONTENT_DIR}/*`, CARD_PAGE_PATH.slice(1)], matches: [...matches], use_dynamic_url: true });
}
