import { anyOf, pattern, selector, type EvidenceRegistry } from '../evidence';
import { PINNED_WORDS } from './words';

/**
 * Every selector and text pattern the TikTok reader uses, each with the saved pages that prove it
 * (paths under tests/fixtures/). TikTok's class names change with every build (`css-1ldzp5s-DivShareInfo`);
 * its own test hooks (`data-e2e`) have lasted since 2020, so the reader uses those.
 * `tests/unit/platforms/selector-evidence.test.ts` checks each entry against its pages.
 */

const T = (name: string) => `tiktok/${name}.html`;
const PROFILE_A = 'e2e/tiktok-profile-a.html';
const PROFILE_B = 'e2e/tiktok-profile-b.html';
const ILLOJUAN = T('tt_profile_illojuan_2025-12_rendered_metascraper');
const PINNED_PHOTO = T('built/profile-pinned-photo');
const PROFILES = [PROFILE_A, PROFILE_B, ILLOJUAN, PINNED_PHOTO];
const VIDEO_2025 = T('tt_video_2025-12_rendered_metascraper');
const VIDEO_A1 = 'e2e/tiktok-video-a1.html';
const VIDEO_B1 = 'e2e/tiktok-video-b1.html';
const BROWSE = T('built/video-browse-2023');
const FEED_VIDEOS = [VIDEO_2025, VIDEO_A1, VIDEO_B1];
const WAF = T('tt_profile_WAF-challenge-interstitial_2024-01_scrapeomatic');
const NEXT_DATA = [
  T('tt_profile_tiktok_2021-01_NEXT_DATA_excerpt_tiktok-scraper'),
  T('tt_video_tiktok_2020-03_NEXT_DATA_videoData_tiktok-scraper'),
  T('tt_video_tiktok_2020-10_NEXT_DATA_itemStruct_tiktok-scraper'),
];

const VIDEO_BLOCKS = {
  feedItem: selector('[data-e2e="recommend-list-item-container"]', {
    why: "One video of a video page's feed (the one in the URL first, then others, often other creators').",
    proof: FEED_VIDEOS,
    notIn: PROFILES,
  }),
  feedArticle: selector('article', {
    why: 'The same block as an <article>, for builds where the hook is missing.',
    proof: FEED_VIDEOS,
    notIn: [PROFILE_A, ILLOJUAN],
  }),
} as const;

export const TT = {
  // ── Embedded JSON ────────────────────────────────────────────────────────────────────────────
  universalData: selector('script#__UNIVERSAL_DATA_FOR_REHYDRATION__', {
    why: 'The embedded JSON since 2023-12: webapp.user-detail (the profile) or webapp.video-detail (a video).',
    proof: [ILLOJUAN, VIDEO_2025, VIDEO_A1],
    notIn: NEXT_DATA,
  }),
  sigiState: selector('script#SIGI_STATE', {
    why: 'The embedded JSON of 2021–23: UserModule and ItemModule.',
    proof: [T('built/sigi-state-profile')],
    notIn: [ILLOJUAN],
  }),
  nextData: selector('script#__NEXT_DATA__', {
    why: 'The embedded JSON of 2020–21 (Next.js): pageProps.userInfo, items, itemInfo or videoData.',
    proof: NEXT_DATA,
    notIn: [ILLOJUAN, VIDEO_2025],
  }),

  // ── Bot check ────────────────────────────────────────────────────────────────────────────────
  wafChallenge: selector('#wci._wafchallengeid', {
    why: 'The "Please wait…" WAF challenge TikTok serves a bot or a cold client instead of the page.',
    proof: [WAF],
    notIn: [ILLOJUAN, VIDEO_2025],
  }),
  wafChallengeText: selector('p._wafchallengeid', {
    why: "The challenge's text block, where its container's id is missing.",
    proof: [WAF],
    notIn: [ILLOJUAN, VIDEO_2025],
  }),
  slardarConfig: selector('#slardar-config', {
    why: 'TikTok\'s monitoring config: on the challenge page it names the WAF ("SlardarWAF").',
    proof: [WAF, ILLOJUAN],
  }),
  captchaContainer: selector('#captcha_container, #captcha-verify-image, .captcha_verify_container, .captcha-disable-scroll', {
    why: 'The "Verify to continue" puzzle (TikTok\'s secsdk captcha: #captcha_container with #captcha-verify-image, body.captcha-disable-scroll) drawn over a page whose header and video never render.',
    proof: [T('built/captcha-profile-2025')],
    notIn: [...PROFILES, ...FEED_VIDEOS, WAF],
  }),
  anyHook: selector('[data-e2e]', {
    why: "Any of TikTok's test hooks: a page with one is a rendered page, not the challenge.",
    proof: [...PROFILES, ...FEED_VIDEOS],
    notIn: [WAF],
  }),

  // ── Profile header ───────────────────────────────────────────────────────────────────────────
  userPage: selector('[data-e2e="user-page"]', {
    why: "The profile's own block: where the overlay is placed and the header is read.",
    proof: PROFILES,
    notIn: FEED_VIDEOS,
  }),
  userTitle: selector('[data-e2e="user-title"]', {
    why: 'The @name in the header until 2025, the display name in 2026: one of it and the subtitle ties the rendered header to the creator in the URL (SPA navigation reuses it).',
    proof: [...PROFILES, T('built/profile-2026-name-title')],
    notIn: FEED_VIDEOS,
  }),
  userSubtitle: selector('[data-e2e="user-subtitle"]', {
    why: 'The display name under the @name until 2025; the @name under the display name in 2026 (the line that reads as the handle is the @name).',
    proof: [...PROFILES, T('built/profile-2026-name-title')],
    notIn: FEED_VIDEOS,
  }),
  followersCount: selector('[data-e2e="followers-count"]', {
    why: 'The follower count ("783.4K"; some builds put the exact number in its title).',
    proof: PROFILES,
    notIn: FEED_VIDEOS,
  }),
  followingCount: selector('[data-e2e="following-count"]', {
    why: 'The number of accounts the creator follows.',
    proof: PROFILES,
  }),
  likesCount: selector('[data-e2e="likes-count"]', {
    why: "The total likes of all the creator's videos.",
    proof: PROFILES,
  }),
  userBio: selector('[data-e2e="user-bio"]', {
    why: 'The bio, where no JSON gives the signature.',
    proof: PROFILES,
  }),
  userLink: selector('[data-e2e="user-link"]', {
    why: 'The bio link, where no JSON gives it.',
    proof: [PROFILE_A, ILLOJUAN],
  }),
  verifiedBadgeById: selector('[id*="Verified_Badge"]', {
    within: 'svg',
    why: 'Builds until 2025 draw the verified badge as an inline SVG whose parts are named Icon_Color-Verified_Badge.',
    proof: [ILLOJUAN],
    notIn: [PROFILE_B, PINNED_PHOTO],
  }),
  verifiedBadgeCircle: selector('circle[fill="#20D5EC" i], circle[fill="#20d5ec"]', {
    within: 'svg',
    why: "The 2025 build draws the badge as a circle in TikTok's verified cyan (#20D5EC).",
    proof: [PROFILE_A, ILLOJUAN],
    notIn: [PROFILE_B, PINNED_PHOTO],
  }),

  // ── Profile tiles ────────────────────────────────────────────────────────────────────────────
  postItem: selector('[data-e2e="user-post-item"]', {
    why: "One tile of the profile's grid: a link to the video, its views and its cover's alt text (the caption).",
    proof: PROFILES,
    notIn: FEED_VIDEOS,
  }),
  tileVideoLink: selector('a[href*="/video/"]', {
    within: '[data-e2e="user-post-item"]',
    why: "A tile's link to its video, /@user/video/ID: the id and the creator it belongs to.",
    proof: PROFILES,
  }),
  tilePhotoLink: selector('a[href*="/photo/"]', {
    within: '[data-e2e="user-post-item"]',
    why: "A photo post's tile links to /@user/photo/ID instead.",
    proof: [PINNED_PHOTO],
    notIn: [PROFILE_A],
  }),
  tileViews: selector('[data-e2e="video-views"]', {
    within: '[data-e2e="user-post-item"]',
    why: 'A tile\'s view count ("1.1M").',
    proof: PROFILES,
  }),
  tileCover: selector('img[alt]', {
    within: '[data-e2e="user-post-item"]',
    why: 'The cover image: its alt text is the caption, then " created by <name> with <sound>".',
    proof: PROFILES,
  }),
  tileBadge: selector('[data-e2e*="badge"]', {
    within: '[data-e2e="user-post-item"]',
    why: 'The labels TikTok puts on a tile ("Pinned", "Top"); only the pinned label counts.',
    proof: [PINNED_PHOTO],
    notIn: [PROFILE_A],
  }),
  pinnedLabel: pattern(
    PINNED_WORDS,
    { css: '[data-e2e*="badge"]' },
    {
      within: '[data-e2e="user-post-item"]',
      why: 'A tile\'s "Pinned" label in the interface languages we read.',
      proof: [PINNED_PHOTO],
    },
  ),

  // ── Video page ───────────────────────────────────────────────────────────────────────────────
  videoPlayer: selector('[id^="xgwrapper-"]', {
    why: 'The video player (xgplayer) carries the video id at the end of its own id ("xgwrapper-0-<id>"): the block around it is that video\'s.',
    proof: [...FEED_VIDEOS, BROWSE],
    notIn: [PROFILE_A],
  }),
  ...VIDEO_BLOCKS,
  authorAvatar: selector('a[data-e2e="video-author-avatar"][href]', {
    why: 'The author\'s avatar link in a feed block ("/@user"): whose video the block is.',
    proof: FEED_VIDEOS,
    notIn: PROFILES,
  }),
  browseUsername: selector('a[data-e2e="browse-username"][href]', {
    why: 'The author\'s link on a video page opened directly in the 2022–23 "browse" layout (no feed around it).',
    proof: [BROWSE],
    notIn: FEED_VIDEOS,
  }),
  browseAvatarLink: selector('[data-e2e="browse-user-avatar"] a[href]', {
    why: "The author's avatar link in the browse layout.",
    proof: [BROWSE],
    notIn: FEED_VIDEOS,
  }),
  likeCount: selector('[data-e2e="like-count"]', {
    why: 'A video\'s likes beside the player ("25.5K").',
    proof: [...FEED_VIDEOS, BROWSE],
    notIn: PROFILES,
  }),
  commentCount: selector('[data-e2e="comment-count"]', {
    why: "A video's comment count beside the player.",
    proof: [...FEED_VIDEOS, BROWSE],
  }),
  shareCount: selector('[data-e2e="share-count"]', {
    why: "A video's share count beside the player.",
    proof: [...FEED_VIDEOS, BROWSE],
  }),
  savesCount: selector('[data-e2e="undefined-count"]', {
    why: 'A video\'s saves: TikTok labels the saves button "undefined" in its hook.',
    proof: FEED_VIDEOS,
  }),
  favoriteCount: selector('[data-e2e="favorite-count"]', {
    why: 'Saves in the browse layout, where the hook has its name.',
    proof: [BROWSE],
    notIn: FEED_VIDEOS,
  }),
  videoDesc: selector('[data-e2e="video-desc"]', {
    why: "A feed block's caption: where the overlay goes on a video page.",
    proof: FEED_VIDEOS,
    notIn: PROFILES,
  }),
  browseVideoDesc: selector('[data-e2e="browse-video-desc"]', {
    why: 'The caption in the browse layout.',
    proof: [BROWSE],
    notIn: FEED_VIDEOS,
  }),
} as const satisfies EvidenceRegistry;

/** A video's block in a video page's feed. */
export const VIDEO_BLOCK = anyOf(...Object.values(VIDEO_BLOCKS));
