import type { UnreadableReason } from '../../snapshot';
import { evidenceMatches, firstPatternMatch } from '../evidence';
import { textOf } from '../json';
import { IG } from './selectors';

/**
 * Screens Instagram shows in place of the page asked for. Each gets its own explicit result: a
 * screen must never be read as the profile its stale meta tags still describe.
 *
 * Only a rendered page is judged here. The server's HTML before the scripts run (with its splash
 * screen) shows nothing yet, and its meta tags do belong to the address.
 */
interface Interstitial {
  reason: UnreadableReason;
  detail: string;
}

export function isServerHtml(doc: Document): boolean {
  return evidenceMatches(doc, IG.splashScreen);
}

/**
 * The screen on a page that shows neither this creator's header nor this post. `what` names what
 * was asked for, for the detail text.
 */
export function detectInterstitial(doc: Document, what: 'profile' | 'post' | 'reel'): Interstitial | null {
  if (isServerHtml(doc)) return null;
  if (evidenceMatches(doc, IG.continueAsButton)) {
    const button = firstPatternMatch(doc, IG.continueAsButton)?.input ?? '';
    return {
      reason: 'account-chooser',
      detail: `Instagram is showing its account chooser ("${button.slice(0, 80)}"), not this ${what}: choose an account, then the ${what} can be read.`,
    };
  }
  if (evidenceMatches(doc, IG.passwordInput)) return { reason: 'login-wall', detail: `Instagram is asking to log in before it shows this ${what}.` };
  if (evidenceMatches(doc, IG.cookieDialog))
    return { reason: 'cookie-wall', detail: `Instagram is asking about cookies before it shows this ${what}: answer it, then the ${what} can be read.` };
  if (evidenceMatches(doc, IG.unavailableNotice) || unavailableByStructure(doc)) {
    return { reason: 'unavailable', detail: `Instagram says this ${what} is not available: removed, suspended, or the address is wrong.` };
  }
  return null;
}

/**
 * The unavailable page where its words are not known: a main that holds only a heading, a line and
 * the link home, with no header, post or grid.
 */
function unavailableByStructure(doc: Document): boolean {
  const main = doc.querySelector('main');
  if (!main || !main.querySelector(IG.homeLink.css) || !main.querySelector('h2')) return false;
  if (main.querySelector('header, article, section, img, video, time')) return false;
  return (textOf(main) ?? '').length < 300;
}
