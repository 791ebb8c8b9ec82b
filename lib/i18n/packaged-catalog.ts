import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { createCatalogI18n, type I18n } from './translate';

/** The interface languages Vetlens ships (docs/glossary.md). */
export const UI_LANGUAGES = ['en', 'az'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const CatalogSchema = z.record(z.string(), z.object({ message: z.string() }));
type Catalog = z.infer<typeof CatalogSchema>;

/** Reads one packaged file of the extension as JSON; injectable so tests read the catalogues from disk. */
export type ReadPackaged = (path: string) => Promise<unknown>;

/**
 * Reads the extension's own files by their runtime URL (chrome-extension://…): a read from the
 * extension's package, not a network request, and it needs no permission.
 */
const readPackaged: ReadPackaged = async (path) => (await fetch(browser.runtime.getURL(path as '/'))).json();

/**
 * A translator for a language other than the interface's, for text written for someone else (a
 * creator's brief in the creator's language).
 *
 * Why the built `_locales/<lang>/messages.json` by runtime URL rather than importing the JSON
 * catalogues into the side panel bundle: the package already holds every language's catalogue for
 * browser.i18n, so importing them would ship each of the ~1,700 strings twice and grow the side
 * panel's bundle (loaded on every open) for a text copied now and then. The cost is one async read
 * when a brief is copied in another language. English fills any key the other language lacks, as
 * browser.i18n does.
 */
export async function loadPackagedI18n(lang: UiLanguage, read: ReadPackaged = readPackaged): Promise<I18n> {
  const load = async (code: UiLanguage): Promise<Catalog> => {
    const parsed = CatalogSchema.safeParse(await read(`/_locales/${code}/messages.json`));
    if (!parsed.success) throw new Error(`the packaged ${code} catalogue is not valid`);
    return parsed.data;
  };
  const [catalog, english] = await Promise.all([load(lang), lang === 'en' ? Promise.resolve(undefined) : load('en')]);
  return createCatalogI18n(lang === 'az' ? 'az-AZ' : 'en-US', catalog, english);
}
