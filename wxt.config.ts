import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildLocaleCatalogs } from './lib/i18n/build-catalogs';

// Host access is limited to the three sites Vetlens reads. Nothing else.
export const HOST_PERMISSIONS = [
  'https://www.instagram.com/*',
  'https://www.tiktok.com/*',
  'https://www.youtube.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; unlimitedStorage: months of snapshots for 10,000 creators.
    // sidePanel is added by WXT for Chrome; downloads is not needed (exports use <a download>).
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: HOST_PERMISSIONS,
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'",
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vetlens@vetlens.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // UI strings live per feature under lib/i18n/locales/<lang>/*.json; the
    // browser wants one messages.json per language, so merge them at build time.
    'build:publicAssets': (_wxt, files) => {
      for (const [lang, messages] of Object.entries(buildLocaleCatalogs())) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(messages, null, 2),
        });
      }
    },
  },
});
