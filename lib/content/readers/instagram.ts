import type { ContentScriptContext } from '#imports';
import { instagram } from '../../platforms/instagram';
import { startVetlens } from '../reader';

/** Loaded by entrypoints/instagram.content once the page has loaded (built on its own: lib/build/lazy-content.ts). */
export function start(ctx: ContentScriptContext): void {
  startVetlens(ctx, instagram);
}
