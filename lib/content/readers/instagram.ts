import type { ContentContext } from '../context';
import { instagram } from '../../platforms/instagram';
import { startVetlens } from '../reader';

/** Loaded by entrypoints/instagram.content once the page has loaded (built on its own: lib/build/lazy-content.ts). */
export function start(ctx: ContentContext): void {
  startVetlens(ctx, instagram);
}
