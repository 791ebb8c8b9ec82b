import type { ContentContext } from './context';
import { importPackaged } from '../packaged';
import { lazyFile, type LazyReaderName } from '../built-files';

/** What each lazily loaded reader (lib/content/readers/<site>.ts) exports. */
interface LazyReader {
  start(ctx: ContentContext): void;
}

/**
 * The whole of what a content script runs while the page loads: nothing but waiting for the page's
 * `load` event. Then it loads the site's reader (the extractor and the controller, lib/content/
 * reader.ts), which loads the card's interface only once there is a creator to show. So the
 * browser compiles a few kilobytes before the page's load, not the whole of Vetlens.
 */
export function bootVetlens(ctx: ContentContext, name: LazyReaderName): void {
  const load = () => {
    if (ctx.isInvalid) return;
    importPackaged<LazyReader>(lazyFile(name)).then(
      (reader) => {
        if (!ctx.isInvalid) reader.start(ctx);
      },
      (error: unknown) => console.error('Vetlens could not load its reader', error),
    );
  };
  if (document.readyState === 'complete') load();
  else ctx.addEventListener(window, 'load', load, { once: true });
}
