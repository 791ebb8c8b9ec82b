import { pattern, selector, type EvidenceRegistry } from '../evidence';
import { CONTINUE_AS, PAGE_UNAVAILABLE, PAID_PARTNERSHIP, POST_LABELS, PRIVATE_ACCOUNT, PROFILE_LABELS, phrasePattern } from './words';

/**
 * Every selector and text pattern the Instagram reader uses, each with the saved pages that prove it
 * (paths under tests/fixtures/). Class names are never used: Instagram renames them with every
 * build (`_aano`, `g47SY`, `x1lliihq`…). `tests/unit/platforms/selector-evidence.test.ts` checks each entry.
 */

const LANGS = ['ko', 'ru', 'tr', 'es', 'pt', 'de', 'ar', 'az'] as const;
const built = (name: string) => `instagram/built/${name}.html`;
const PROFILES_2026 = LANGS.map((lang) => built(`profile-2026-${lang}`));
const POSTS_2026 = LANGS.map((lang) => built(`post-2026-${lang}`));
const REELS_2026 = LANGS.map((lang) => built(`reel-2026-${lang}`));
const PROFILE_2025_EN = built('profile-2025-12-en');
const CLASSIC = [built('rendered-profile'), built('rendered-profile-b'), built('hidden-likes')];
const PLUTO = 'instagram/ig_profile_pluto__travel_2024-12_raw_metascraper.html';
const WILLYREX = 'instagram/ig_post_willyrex_2024-12_raw_metascraper.html';
const TESLA = 'instagram/ig_post_teslamotors_2017-07_metascraper.html';
const CHOOSERS_CONTINUE_AS = [built('account-chooser-en'), built('account-chooser-ru')];
/** The 2026 chooser: a remembered account, "Continue" and "Use another profile", told apart by structure. */
const CHOOSERS_2026 = [built('account-chooser-2026-en'), built('account-chooser-2026-tr')];
const CHOOSERS = [...CHOOSERS_CONTINUE_AS, ...CHOOSERS_2026];
const PRIVATE = [built('private-ru'), built('private-en')];
const UNAVAILABLE = [built('unavailable-en'), built('unavailable-ko')];

const lexiconPattern = (byLang: Readonly<Record<string, readonly string[]>>) => phrasePattern(byLang);
/** Text before the sentence's dash (" - "; a hyphen inside a word such as "„Gefällt mir“-Angaben" is not one). */
const BEFORE_DASH = '(?:(?!\\s[-–—―]\\s)[\\s\\S])*?';
const DIGIT = '[\\d\\u0660-\\u0669\\u06f0-\\u06f9]';
const COMMA = '(?:[,،;]\\s|[、，])';

export const IG = {
  // ── Whether the page has been rendered ────────────────────────────────────────────────────────
  splashScreen: selector('#splash-screen', {
    why: "The server HTML before Instagram's scripts run: only its meta tags and JSON can be read, and the absence of a rendered header there proves nothing.",
    proof: [PLUTO, WILLYREX],
    notIn: [...PROFILES_2026, ...CHOOSERS],
  }),

  // ── Profile header ───────────────────────────────────────────────────────────────────────────
  profileHeader: selector('main header, header', {
    why: 'The profile header holds the username, the three counts, the badge and the bio in every layout since 2017; the reader only trusts one that names the creator.',
    proof: [...CLASSIC, PROFILE_2025_EN, ...PROFILES_2026, ...PRIVATE],
    notIn: [...CHOOSERS, built('cookie-wall-de'), ...UNAVAILABLE],
  }),
  followersHref: selector('a[href$="/followers/"]', {
    within: 'header',
    why: 'Until 2025-12 the followers count was a link to /<user>/followers/; kept to name the followers item where the link is there.',
    proof: [...CLASSIC, PROFILE_2025_EN],
    notIn: PROFILES_2026,
  }),
  followingHref: selector('a[href$="/following/"]', {
    within: 'header',
    why: "The following count's link to /<user>/following/ in the layouts up to 2025-12.",
    proof: [...CLASSIC, PROFILE_2025_EN],
    notIn: PROFILES_2026,
  }),
  hashCountLink: selector('a[href="#"][role="link"]', {
    within: 'header',
    why: 'The 2026 logged-in layout: followers and following open a dialog from <a href="#" role="link">, so the reader cannot rely on hrefs and reads the counts by position.',
    proof: PROFILES_2026,
    notIn: CLASSIC,
  }),
  exactCountTitle: selector('[title]', {
    within: 'header',
    why: 'The exact follower count sits in a title attribute ("187,400", "1 234 567") while the text is rounded ("187.4K", "1,2 млн").',
    proof: [built('rendered-profile-b'), PROFILE_2025_EN, built('profile-2026-ko'), built('profile-2026-ru'), built('profile-2026-ar')],
  }),
  headerIcon: selector('svg', {
    within: 'header',
    why: 'The verified badge is the one icon in the username row that is not a button; its aria-label is only a first, language-bound check.',
    proof: [built('rendered-profile-b'), PROFILE_2025_EN, built('profile-2026-ko')],
  }),
  verifiedLabel: pattern(
    /^(verified|verificad[oa]|vérifié|verifiziert|verificato|doğrulanmış|подтвержденн?ый|верифицирован|підтверджен|zweryfikowan|geverifieerd|terverifikasi|सत्यापित|認証済み|인증됨|已验证|已驗證|موثّق|موثق|تأیید ?شده|təsdiqlənmiş)/iu,
    { css: 'svg[aria-label]', attr: 'aria-label' },
    {
      within: 'header',
      why: "The badge's accessible name in the page's language.",
      proof: [built('rendered-profile-b'), PROFILE_2025_EN, built('profile-2026-ko')],
      notIn: [built('rendered-profile'), built('profile-2026-ru')],
    },
  ),
  postVerifiedLabel: pattern(
    /^(verified|verificad[oa]|vérifié|verifiziert|verificato|doğrulanmış|подтвержденн?ый|верифицирован|підтверджен|zweryfikowan|geverifieerd|terverifikasi|सत्यापित|認証済み|인증됨|已验证|已驗證|موثّق|موثق|تأیید ?شده|təsdiqlənmiş)/iu,
    { css: 'svg[aria-label]', attr: 'aria-label' },
    {
      within: 'main article',
      why: "On a post page the badge sits beside the author's name link (only that row is read: commenters have badges too).",
      proof: [built('post-verified-en')],
      notIn: [built('post-2026-pt'), built('post-likes-hidden-en')],
    },
  ),
  headerBio: selector('h1', {
    within: 'header',
    why: "Logged-out and 2024 layouts print the bio in the header's only h1.",
    proof: [built('rendered-profile'), built('rendered-profile-b')],
  }),
  gridTile: selector('a[href*="/p/"], a[href*="/reel/"]', {
    within: 'main',
    why: "Grid tiles link to their posts (/p/CODE/, /<user>/p/CODE/ or /reel/CODE/) and carry the caption in the image's alt; they have no counts.",
    proof: [...CLASSIC, PROFILE_2025_EN, built('profile-2026-ko'), built('profile-2026-tr')],
    notIn: PRIVATE,
  }),
  gridHoverCount: selector('ul > li', {
    within: 'main a',
    why: 'The overlay a grid tile shows under the pointer: the likes, then the comments, each an li beside its icon (2019-22 ul.Ln-UN, 2023+ ul._abpo); the class names change, the list does not.',
    proof: [built('profile-hover-en')],
    notIn: [PROFILE_2025_EN, ...PROFILES_2026],
  }),
  pinnedTile: selector('svg[aria-label*="Pinned"]', {
    within: 'main a',
    why: 'The pin icon on a pinned grid tile (English label only; JSON says it in every language).',
    proof: [PROFILE_2025_EN],
  }),
  privateNotice: pattern(
    phrasePattern(PRIVATE_ACCOUNT),
    { css: 'h2, span' },
    {
      within: 'main',
      why: 'A private account shows its header but, in place of the grid, "This account is private".',
      proof: PRIVATE,
      notIn: [...PROFILES_2026, PROFILE_2025_EN],
    },
  ),

  // ── Meta tags and embedded JSON ──────────────────────────────────────────────────────────────
  ogDescription: selector('meta[property="og:description"]', {
    why: '"2,362 Followers, 136 Following, 224 Posts - …" on profiles, "298K likes, 553 comments - user on …" on posts: rounded, and stale after an in-page navigation.',
    proof: [PLUTO, WILLYREX, TESLA, ...PROFILES_2026, ...POSTS_2026],
  }),
  metaDescription: selector('meta[name="description"]', {
    why: 'The same sentence with the bio ("… on Instagram: \\"bio\\""), where og:description is missing.',
    proof: [PLUTO, WILLYREX, TESLA],
  }),
  ogTitle: selector('meta[property="og:title"]', {
    why: '"Name (@handle) • Instagram photos and videos": the display name, in any language.',
    proof: [PLUTO, ...PROFILES_2026],
  }),
  pageAddress: selector('link[rel="canonical"], meta[property="og:url"]', {
    why: 'The address the meta tags belong to: after an in-page navigation they still describe the first page.',
    proof: [PLUTO, WILLYREX, TESLA, ...PROFILES_2026, ...POSTS_2026],
  }),
  profileCountsSentence: pattern(
    new RegExp(`^${BEFORE_DASH}${DIGIT}${BEFORE_DASH}${COMMA}${BEFORE_DASH}${DIGIT}${BEFORE_DASH}${COMMA}${BEFORE_DASH}${DIGIT}`, 'u'),
    { css: 'meta[property="og:description"]', attr: 'content' },
    {
      why: "A profile's og:description starts with three counts, each with its word, before the dash.",
      proof: [PLUTO, ...PROFILES_2026, built('shared-data-2020-tr')],
      notIn: [WILLYREX, ...POSTS_2026],
    },
  ),
  followersWord: pattern(
    lexiconPattern(PROFILE_LABELS.followers),
    { css: 'meta[property="og:description"]', attr: 'content' },
    {
      why: "The word for followers in each language's description template.",
      proof: [PLUTO, ...PROFILES_2026, built('shared-data-2020-tr')],
    },
  ),
  followingWord: pattern(
    lexiconPattern(PROFILE_LABELS.following),
    { css: 'meta[property="og:description"]', attr: 'content' },
    {
      why: "The word for following in each language's description template.",
      proof: [PLUTO, ...PROFILES_2026, built('shared-data-2020-tr')],
    },
  ),
  postsWord: pattern(
    lexiconPattern(PROFILE_LABELS.postCount),
    { css: 'meta[property="og:description"]', attr: 'content' },
    {
      why: "The word for posts in each language's description template.",
      proof: [PLUTO, ...PROFILES_2026, built('shared-data-2020-tr')],
    },
  ),
  postCountsSentence: pattern(
    new RegExp(`^${BEFORE_DASH}${DIGIT}${BEFORE_DASH}${COMMA}${BEFORE_DASH}${DIGIT}${BEFORE_DASH}\\s[-–—―]\\s`, 'u'),
    { css: 'meta[property="og:description"]', attr: 'content' },
    {
      why: "A post's og:description starts with likes and comments before the dash and the author.",
      proof: [WILLYREX, TESLA, ...POSTS_2026],
    },
  ),
  likesWord: pattern(
    lexiconPattern(POST_LABELS.likes),
    { css: 'meta[property="og:description"]', attr: 'content' },
    {
      why: "The word for likes in each language's post description.",
      proof: [WILLYREX, TESLA, ...POSTS_2026],
    },
  ),
  commentsWord: pattern(
    lexiconPattern(POST_LABELS.comments),
    { css: 'meta[property="og:description"]', attr: 'content' },
    {
      why: "The word for comments in each language's post description.",
      proof: [WILLYREX, TESLA, ...POSTS_2026],
    },
  ),
  inlineScript: selector('script:not([src])', {
    why: 'Inline scripts carry the embedded JSON: `data-sjs` bootstrap scripts since 2023, window._sharedData before.',
    proof: [PLUTO, WILLYREX, built('rendered-profile'), built('shared-data-2020-tr'), built('post-2026-ko')],
  }),
  bootstrapJson: selector('script[type="application/json"][data-sjs]', {
    why: 'The bootstrap JSON: on a post page it holds xdt_api__v1__media__shortcode__web_info; on a logged-in profile mostly the viewer.',
    proof: [built('rendered-profile'), built('post-2026-ko'), built('reel-2026-ko'), built('profile-2026-ko')],
  }),
  sharedDataScript: pattern(
    /window\._sharedData\s*=\s*(\{[\s\S]*\})\s*;?\s*$/,
    { css: 'script:not([src])' },
    {
      why: 'Profile JSON of the pages served until 2022.',
      proof: [built('shared-data-2020-tr')],
      notIn: [PLUTO, built('rendered-profile')],
    },
  ),

  // ── Post and reel pages ──────────────────────────────────────────────────────────────────────
  postPermalinkTime: selector('a[href*="/p/"] time[datetime], a[href*="/reel/"] time[datetime]', {
    why: "The date links to the post's own address: it proves which post the visible DOM shows (meta tags may be stale) and gives the exact time in any language.",
    proof: [...POSTS_2026, ...REELS_2026],
  }),
  postCaption: selector('h1', {
    within: 'main',
    why: "The caption is the post's h1.",
    proof: [...POSTS_2026, ...REELS_2026],
  }),
  likedByLink: selector('a[href$="/liked_by/"]', {
    why: 'Layouts up to 2025 link the like count ("137 curtidas") to /p/CODE/liked_by/.',
    proof: [built('post-2026-pt'), built('post-2026-de'), built('post-2026-az')],
  }),
  actionBar: selector('section [role="button"] svg', {
    within: 'main',
    why: 'The like, comment, share and save buttons in a row; since 2025 the like and comment counts sit right after their buttons, without words.',
    proof: [...POSTS_2026, ...REELS_2026],
  }),
  paidPartnershipLabel: pattern(
    phrasePattern(PAID_PARTNERSHIP),
    { css: 'div, span, a' },
    {
      within: 'main',
      why: 'Instagram\'s own "Paid partnership" label above a branded post.',
      proof: [built('post-2026-tr'), built('post-2026-pt'), built('reel-2026-ko')],
      notIn: [built('post-2026-ru'), built('post-2026-es')],
    },
  ),

  // ── Screens that stand in for a profile ──────────────────────────────────────────────────────
  passwordInput: selector('input[name="password"]', {
    why: 'A login form: "log in to continue" and the /accounts/login/ page.',
    proof: [built('login-wall'), built('login-to-continue-tr')],
    notIn: [...PROFILES_2026, ...CHOOSERS],
  }),
  captchaFrame: selector('iframe[src*="captcha"], iframe[title*="captcha" i], iframe[src*="arkoselabs"]', {
    why: 'A captcha in place of the page: Meta serves reCAPTCHA from its own fbsbx.com/captcha/ frame (Arkose on some checks); no creator header is shown until it is answered.',
    proof: [built('captcha-en')],
    notIn: [...PROFILES_2026, ...CHOOSERS, built('login-wall')],
  }),
  securityCodeInput: selector('input[name="security_code"], input[name="verificationCode"], input[autocomplete="one-time-code"]', {
    why: 'The security check ("Enter the code we sent"): a one-time code field in place of the page.',
    proof: [built('security-check-en')],
    notIn: [...PROFILES_2026, ...CHOOSERS, built('login-wall'), built('login-to-continue-tr')],
  }),
  accountLinks: selector('a[href^="/accounts/login"], a[href^="/accounts/emailsignup"]', {
    why: 'Links to log in or sign up, on the account chooser and the login prompts.',
    proof: [...CHOOSERS, built('login-to-continue-tr')],
  }),
  continueAsButton: pattern(
    phrasePattern(CONTINUE_AS),
    { css: 'button, [role="button"]' },
    {
      why: 'The account chooser\'s "Continue as <account>" button; its page keeps meta tags of a profile that is not shown.',
      proof: CHOOSERS_CONTINUE_AS,
      notIn: [...PROFILES_2026, built('login-to-continue-tr'), ...CHOOSERS_2026],
    },
  ),
  cookieDialog: selector('[role="dialog"] a[href*="/policies/cookies"], [role="dialog"] a[href*="/legal/cookies"]', {
    why: 'The cookie consent dialog links to the cookie policy; until it is answered nothing else renders.',
    proof: [built('cookie-wall-de')],
    notIn: [...PROFILES_2026, ...CHOOSERS],
  }),
  unavailableNotice: pattern(
    phrasePattern(PAGE_UNAVAILABLE),
    { css: 'h2, span' },
    {
      within: 'main',
      why: '"Sorry, this page isn\'t available": a removed, suspended or mistyped account.',
      proof: UNAVAILABLE,
      notIn: [...PROFILES_2026, ...PRIVATE],
    },
  ),
  homeLink: selector('a[href="/"]', {
    within: 'main',
    why: 'The unavailable page\'s "Go back to Instagram" link, which the structure check pairs with its h2 where the words are not known.',
    proof: UNAVAILABLE,
  }),
} as const satisfies EvidenceRegistry;
