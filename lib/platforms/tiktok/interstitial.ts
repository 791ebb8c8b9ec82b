import { anyOf } from '../evidence';
import { textOf } from '../json';
import { TT } from './selectors';

/**
 * A bot check in place of the page: the "Please wait…" WAF interstitial a bot or cold client gets (no
 * data at all), or the "Verify to continue" puzzle over a page that shows neither a creator's header
 * nor a video (the puzzle alone, over a rendered page, is left to the reader: its numbers are there).
 */
export function isTikTokBotCheck(doc: Document): boolean {
  if (doc.querySelector(anyOf(TT.wafChallenge, TT.wafChallengeText))) return true;
  if (doc.querySelector(TT.captchaContainer.css) && !doc.querySelector(anyOf(TT.userTitle, TT.likeCount, TT.followersCount))) return true;
  const slardar = doc.querySelector(TT.slardarConfig.css)?.textContent ?? '';
  const body = textOf(doc.body) ?? '';
  return /SlardarWAF/.test(slardar) && /^please wait/i.test(body) && !doc.querySelector(TT.anyHook.css);
}
