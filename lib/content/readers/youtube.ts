import type { ContentContext } from '../context';
import { youtube } from '../../platforms/youtube';
import { startVetlens } from '../reader';

/** Loaded by entrypoints/youtube.content once the page has loaded (built on its own: lib/build/lazy-content.ts). */
export function start(ctx: ContentContext): void {
  startVetlens(ctx, youtube);
}
