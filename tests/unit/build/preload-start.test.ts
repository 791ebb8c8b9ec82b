import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { preloadStartImports } from '../../../lib/build/preload-start';

/** The side panel's HTML as Vite writes it: its first script and that script's static imports. */
const PANEL_HTML = `<!DOCTYPE html>
<html>
  <head>
    <script type="module" crossorigin src="/chunks/sidepanel-A.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/db-B.js">
    <link rel="stylesheet" crossorigin href="/assets/sidepanel-C.css">
  </head>
  <body><div id="app"></div></body>
</html>`;

function chunk(fileName: string, name: string, imports: string[], dynamicImports: string[] = []): Rolldown.OutputChunk {
  return { type: 'chunk', fileName, name, imports, dynamicImports } as unknown as Rolldown.OutputChunk;
}

function asset(fileName: string, source: string): Rolldown.OutputAsset {
  return { type: 'asset', fileName, source } as unknown as Rolldown.OutputAsset;
}

function built(): Rolldown.OutputBundle {
  return {
    'sidepanel.html': asset('sidepanel.html', PANEL_HTML),
    'popup.html': asset('popup.html', PANEL_HTML.replaceAll('sidepanel-A', 'popup-D')),
    'chunks/sidepanel-A.js': chunk('chunks/sidepanel-A.js', 'sidepanel', ['chunks/db-B.js'], ['chunks/showPanel-E.js']),
    'chunks/popup-D.js': chunk('chunks/popup-D.js', 'popup', ['chunks/db-B.js'], ['chunks/showPanel-E.js']),
    'chunks/showPanel-E.js': chunk('chunks/showPanel-E.js', 'showPanel', ['chunks/preact-F.js', 'chunks/db-B.js'], ['chunks/CreatorDetail-G.js']),
    'chunks/preact-F.js': chunk('chunks/preact-F.js', 'preact', []),
    'chunks/db-B.js': chunk('chunks/db-B.js', 'db', []),
    'chunks/CreatorDetail-G.js': chunk('chunks/CreatorDetail-G.js', 'CreatorDetail', ['chunks/preact-F.js']),
  };
}

function generate(bundle: Rolldown.OutputBundle): void {
  const hook = preloadStartImports(['sidepanel']).generateBundle as (options: unknown, bundle: Rolldown.OutputBundle) => void;
  hook.call({}, {}, bundle);
}

const source = (bundle: Rolldown.OutputBundle, file: string) => (bundle[file] as Rolldown.OutputAsset).source;

describe('preloading what a page’s first script imports at once', () => {
  it('links the chunks the side panel’s first script imports dynamically, and their static imports, once each', () => {
    const bundle = built();
    generate(bundle);
    expect(source(bundle, 'sidepanel.html')).toBe(
      PANEL_HTML.replace(
        '    <link rel="stylesheet"',
        '    <link rel="modulepreload" crossorigin href="/chunks/showPanel-E.js">\n    <link rel="modulepreload" crossorigin href="/chunks/preact-F.js">\n    <link rel="stylesheet"',
      ),
    );
  });

  it('leaves the views loaded on first use, and the pages not named, as they were', () => {
    const bundle = built();
    generate(bundle);
    expect(source(bundle, 'sidepanel.html')).not.toContain('CreatorDetail');
    expect(source(bundle, 'popup.html')).toBe(PANEL_HTML.replaceAll('sidepanel-A', 'popup-D'));
  });
});
