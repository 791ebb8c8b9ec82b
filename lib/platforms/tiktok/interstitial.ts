import { anyOf } from '../evidence';
import { textOf } from '../json';
import { TT } from './selectors';

/** The "Please wait…" WAF interstitial a bot or cold client gets: no data at all. */
export function isTikTokBotCheck(doc: Document): boolean {
  if (doc.querySelector(anyOf(TT.wafChallenge, TT.wafChallengeText))) return true;
  const slardar = doc.querySelector(TT.slardarConfig.css)?.textContent ?? '';
  const body = textOf(doc.body) ?? '';
  return /SlardarWAF/.test(slardar) && /^please wait/i.test(body) && !doc.querySelector(TT.anyHook.css);
}
