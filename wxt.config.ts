import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { buildLocaleCatalogs } from './lib/i18n/build-catalogs';
import { allowLazyContent, buildLazyContent, keepContentScriptConfig } from './lib/build/lazy-content';
import { quietContentContext } from './lib/build/quiet-context';

// Host access is limited to the three sites Vetlens reads. Nothing else.
const HOST_PERMISSIONS = ['https://www.instagram.com/*', 'https://www.tiktok.com/*', 'https://www.youtube.com/*'];

/**
 * Vetlens renders every page-supplied string as text and never uses dangerouslySetInnerHTML, so
 * the build removes the one path in Preact that assigns innerHTML: page markup cannot reach it
 * even by mistake, and store linters see no innerHTML assignment.
 */
function withoutInnerHtml(): Plugin {
  return {
    name: 'vetlens:without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const out = code.replace(/\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g, '(()=>{throw new Error("dangerouslySetInnerHTML is not supported in Vetlens")})()');
      if (out === code) throw new Error('Preact changed: update the innerHTML guard in wxt.config.ts');
      return { code: out, map: null };
    },
  };
}

/**
 * The team workspace's server (docs/team.md): one on this computer, or any over TLS. A manifest's
 * policy is fixed at build time, so it cannot name the team's own host; these sources are the most it
 * allows, and the code opens a connection only to the server a marketer set up (and granted below).
 * With no team, nothing connects. A server elsewhere without TLS is not allowed: it would carry the
 * team's secret in clear text.
 */
const TEAM_SERVER_SOURCES = ['ws://127.0.0.1:*', 'ws://localhost:*', 'wss:'];
/** The same servers' web origins as optional host permissions: one asked for, only when a team is set up. */
const TEAM_SERVER_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*', 'https://*/*'];

// frame-ancestors: only the card (entrypoints/card/, the one page the sites may load) is framed, and only on
// the three sites' pages; no other page can frame any of the extension's pages.
const EXTENSION_PAGES_CSP = `script-src 'self'; object-src 'none'; connect-src ${TEAM_SERVER_SOURCES.join(' ')}; base-uri 'none'; form-action 'none'; frame-ancestors ${HOST_PERMISSIONS.map((pattern) => new URL(pattern.replace('/*', '/')).origin).join(' ')}`;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact(), withoutInnerHtml(), quietContentContext()] }),
  manifest: ({ browser, manifestVersion, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: months of dated snapshots for thousands of creators stay in IndexedDB.
    // storage: the card's folded state, read by content scripts (which cannot open our IndexedDB), and
    // the view the card's brief link asks the side panel to show (session storage, never written to disk).
    // sidePanel is added by WXT for Chrome's side panel; exports use <a download>, so no "downloads".
    permissions: ['unlimitedStorage', 'storage'],
    host_permissions: HOST_PERMISSIONS,
    optional_host_permissions: TEAM_SERVER_PERMISSIONS,
    // No remote code and no network from our own pages. The dev server needs its socket, so the
    // strict policy applies to builds.
    ...(command === 'build'
      ? manifestVersion === 3
        ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }
        : { content_security_policy: EXTENSION_PAGES_CSP }
      : {}),
    // The toolbar button; the manifest's `icons` WXT finds in public/icon/ (made by `npm run icons`).
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vetlens@vetlens.dev',
              // 142: data_collection_permissions on desktop (140) and Android (142).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // The sources archive for store review holds what builds the extension, not the test pages.
  zip: { excludeSources: ['tests/**', 'demo/**', 'docs/**', '.ci/**'] },
  hooks: {
    // The content scripts' readers and card load after the page (lib/build/lazy-content.ts): built
    // with a content script's configuration, written with the public files, allowed in the manifest.
    'vite:build:extendConfig': (entrypoints, config) => keepContentScriptConfig(entrypoints, config),
    // UI strings live per feature under lib/i18n/locales/<lang>/*.json; the
    // browser wants one messages.json per language, so merge them at build time.
    'build:publicAssets': async (wxt, files) => {
      for (const [lang, messages] of Object.entries(buildLocaleCatalogs())) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(messages, null, 2),
        });
      }
      files.push(...(await buildLazyContent(wxt)));
    },
    'build:manifestGenerated': (_wxt, manifest) => allowLazyContent(manifest, HOST_PERMISSIONS),
  },
});
