import { importPackaged } from '../packaged';
import type { BrandFitLoader, BrandFitModule } from '../scoring/score';

/**
 * Brand fit's code (language detection, text search, the category list: most of the background's
 * bytes) as a script of its own, built by WXT from entrypoints/brand-fit.ts. The service worker
 * runs it only while a brief is active, so a worker woken to score a card starts small.
 */
const BRAND_FIT_SCRIPT = '/brand-fit.js';
const GLOBAL = '__vetlensBrandFit';

/** Called by the brand-fit script when it runs: hands its functions to the background that loaded it. */
export function provideBrandFit(module: BrandFitModule): void {
  (globalThis as Record<string, unknown>)[GLOBAL] = module;
}

function provided(): BrandFitModule | undefined {
  return (globalThis as Record<string, unknown>)[GLOBAL] as BrandFitModule | undefined;
}

interface WorkerScope {
  importScripts(...urls: string[]): void;
  addEventListener(type: 'install', listener: () => void): void;
}

function workerScope(): WorkerScope | null {
  const scope = globalThis as Partial<WorkerScope>;
  return typeof scope.importScripts === 'function' && typeof scope.addEventListener === 'function' ? (scope as WorkerScope) : null;
}

/**
 * The background's way to load brand fit. A service worker may not import(), and may importScripts()
 * a script it has not run before only while it installs: so the install event runs the script once
 * (the browser then keeps it with the worker), and each later start of the worker runs it again only
 * when a brief needs it. Firefox's background is a page, which imports the script instead.
 * Call while the worker first runs: the install listener must be added then.
 */
export function brandFitScriptLoader(): BrandFitLoader {
  const worker = workerScope();
  worker?.addEventListener('install', () => {
    try {
      worker.importScripts(BRAND_FIT_SCRIPT);
    } catch (error) {
      console.error('Vetlens could not prepare brand fit', error);
    }
  });
  let loading: Promise<BrandFitModule> | null = null;
  const load = async (): Promise<BrandFitModule> => {
    if (!provided()) {
      if (worker) worker.importScripts(BRAND_FIT_SCRIPT);
      else await importPackaged(BRAND_FIT_SCRIPT);
    }
    const module = provided();
    if (!module) throw new Error('the brand-fit script did not load');
    return module;
  };
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
