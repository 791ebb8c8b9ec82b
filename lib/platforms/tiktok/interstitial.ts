import { textOf } from '../json';

/** The "Please wait…" WAF interstitial a bot or cold client gets: no data at all. */
export function isTikTokBotCheck(doc: Document): boolean {
  if (doc.querySelector('#wci._wafchallengeid, p._wafchallengeid')) return true;
  const slardar = doc.getElementById('slardar-config')?.textContent ?? '';
  const body = textOf(doc.body) ?? '';
  return /SlardarWAF/.test(slardar) && /^please wait/i.test(body) && !doc.querySelector('[data-e2e]');
}
