import type { ContentScriptContext } from '#imports';
import { tiktok } from '../../platforms/tiktok';
import { startVetlens } from '../reader';

/** Loaded by entrypoints/tiktok.content once the page has loaded (built on its own: lib/build/lazy-content.ts). */
export function start(ctx: ContentScriptContext): void {
  startVetlens(ctx, tiktok);
}
