import { existsSync } from 'node:fs';

/** Debian's Chromium, or CHROMIUM_PATH. Playwright cannot download browsers on these machines. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function chromiumMissingMessage(path = chromiumPath()) {
  return [
    `Chromium was not found at ${path}.`,
    'The end-to-end tests, the demo and the benchmark run the built extension in a real Chromium.',
    'Install it with:  sudo apt-get update && sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at a Chromium (not branded Google Chrome 137+, which ignores --load-extension).',
  ].join('\n');
}

export function hasChromium() {
  return existsSync(chromiumPath());
}
