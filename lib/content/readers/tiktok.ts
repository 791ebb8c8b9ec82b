import type { ContentContext } from '../context';
import { tiktok } from '../../platforms/tiktok';
import { startVetlens } from '../reader';

/** Loaded by entrypoints/tiktok.content once the page has loaded (built on its own: lib/build/lazy-content.ts). */
export function start(ctx: ContentContext): void {
  startVetlens(ctx, tiktok);
}
