import type { BrandFitLoader } from './score';

/**
 * Loads lib/scoring/brand-fit.ts (language detection, text search and the category list) on
 * demand, where the bundler splits code: extension pages and Node. The service worker cannot
 * import() and loads it its own way (lib/background/brand-fit-script.ts).
 */
export const importBrandFit: BrandFitLoader = () => import('./brand-fit');
