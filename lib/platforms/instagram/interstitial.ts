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
  // A captcha or a security-code check: Instagram wants proof of a person before it shows anything.
  if (evidenceMatches(doc, IG.captchaFrame) || evidenceMatches(doc, IG.securityCodeInput))
    return {
      reason: 'bot-check',
      detail: `Instagram is asking to confirm it is you (a captcha or a security code) before it shows this ${what}: answer it, then the ${what} can be read.`,
    };
  if (evidenceMatches(doc, IG.passwordInput)) return { reason: 'login-wall', detail: `Instagram is asking to log in before it shows this ${what}.` };
  if (evidenceMatches(doc, IG.cookieDialog))
    return { reason: 'cookie-wall', detail: `Instagram is asking about cookies before it shows this ${what}: answer it, then the ${what} can be read.` };
  const remembered = rememberedAccount(doc);
  if (remembered)
    return {
      reason: 'account-chooser',
      detail: `Instagram is showing its account chooser (the remembered account ${remembered.slice(0, 80)}), not this ${what}: choose an account, then the ${what} can be read.`,
    };
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

/**
 * The account chooser in any language and wording (2026: a remembered account, "Continue", "Use
 * another profile"): no creator header, post or grid, but an avatar whose alt text names an account
 * that the screen also prints, and a button to continue as it beside another way in (a second
 * button, or a link to log in or sign up). Called only where the creator's header is absent.
 */
function rememberedAccount(doc: Document): string | null {
  const main = doc.querySelector('main') ?? doc.body;
  if (!main || main.querySelector('header, article, time') || evidenceMatches(doc, IG.passwordInput)) return null;
  const buttons = main.querySelectorAll('button, [role="button"]').length;
  if (buttons === 0 || (buttons < 2 && !main.querySelector(IG.accountLinks.css))) return null;
  const avatars = Array.from(main.querySelectorAll('img[alt]')).map((img) => (img.getAttribute('alt') ?? '').toLowerCase());
  for (const element of Array.from(main.querySelectorAll('span, div'))) {
    if (element.children.length > 0) continue;
    const name = textOf(element);
    if (name && /^[\w.]{1,30}$/.test(name) && avatars.some((alt) => alt.includes(name.toLowerCase()))) return name;
  }
  return null;
}
