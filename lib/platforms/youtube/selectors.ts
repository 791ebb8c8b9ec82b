import { anyOf, pattern, selector, type EvidenceRegistry } from '../evidence';

/**
 * Every selector and text pattern the YouTube reader uses, each with the saved pages that prove it
 * (paths under tests/fixtures/). YouTube names its elements after its components
 * (`ytd-watch-metadata`, `yt-page-header-renderer`), which outlive its class names; each layout the
 * reader still knows has its own entries, newest first. `tests/unit/platforms/selector-evidence.test.ts`
 * checks each entry against its pages.
 */

const Y = (name: string) => `youtube/${name}.html`;
const CHANNEL_A = 'e2e/youtube-channel-a.html';
const CHANNEL_B = 'e2e/youtube-channel-b.html';
const CHANNEL_2018 = Y('yt_channel_onemedia_2018-01_rendered-polymer-dom_es_metascraper');
const CHANNEL_C4_2023 = Y('built/channel-c4-2023');
const CHANNEL_LOCKUPS_2025 = Y('built/channel-lockups-2025');
const WATCH_A1 = 'e2e/youtube-watch-a1.html';
const WATCH_A2 = 'e2e/youtube-watch-a2.html';
const WATCH_DE = Y('built/watch-after-navigation-de');
const WATCH_2023 = Y('yt_watch_EAZvxukW8kY_2023-03_rendered_en_metascraper');
const WATCH_2018 = Y('yt_watch_hwMkbaS_M_c_2018-01_rendered-polymer-dom_es_metascraper');
const WATCH_2021_TOGGLE = Y('built/watch-2021-toggle');
const WATCH_2024_GRID = Y('built/watch-2024-grid');
const WATCH7 = [
  Y('yt_watch_GDRd-BFTYIg_2018-01_raw_watch7_en_metascraper'),
  Y('yt_watch_hwMkbaS_M_c_2020-05_raw_watch7_es_metascraper'),
  Y('yt_watch_rIqCiJKWx9I_2017-04_raw_watch7_de_ytdl-core'),
];
const RAW_WATCH = [
  Y('yt_watch_2lAe1cqCOXo_2021-08_raw_en_pytube'),
  Y('yt_watch_CsrfovOPcjk_2022-03_raw_vi_ytdl-core'),
  Y('yt_watch_HFlmHY8QFiY_2023-05_raw_en_pytube'),
  Y('yt_watch_hwMkbaS_M_c_2024-01_raw_es_metascraper'),
  Y('yt_watch_pvkTC2xIbeY_2024-02_raw_en_pytube'),
];
const RAW_CHANNELS = [
  Y('yt_channel_channel-videos_2023-03_en_pytube'),
  Y('yt_channel_channel-videos_2023-05_fr_pytube'),
  Y('yt_channel_onemedia_2024-01_raw_es_metascraper'),
];

// ── The channel header, in each generation ───────────────────────────────────────────────────
const HEADERS = {
  headerViewModel: selector('yt-page-header-renderer', {
    why: 'The channel header since 2024: a view model with the title, the metadata rows and the description.',
    proof: [CHANNEL_A, CHANNEL_B, CHANNEL_LOCKUPS_2025],
    notIn: [WATCH_A1, CHANNEL_2018, CHANNEL_C4_2023],
  }),
  pageHeader: selector('#page-header', {
    why: 'The container of the 2024+ header: present while the view model inside it is still rendering.',
    proof: [CHANNEL_A, CHANNEL_B, CHANNEL_LOCKUPS_2025],
    notIn: [WATCH_A1, CHANNEL_2018],
  }),
  c4Header: selector('ytd-c4-tabbed-header-renderer', {
    why: 'The channel header until 2024 ("c4"), with the name, the subscriber count and (from 2022) the @handle.',
    proof: [CHANNEL_2018, CHANNEL_C4_2023],
    notIn: [CHANNEL_A, WATCH_A1],
  }),
  c4HeaderContent: selector('#channel-header', {
    why: 'The content block of the c4 header: kept for pages where the renderer element itself was renamed.',
    proof: [CHANNEL_2018, CHANNEL_C4_2023],
    notIn: [CHANNEL_A, WATCH_A1],
  }),
} as const;
const IN_HEADER = anyOf(...Object.values(HEADERS));

// ── A video tile of a channel's grid or shelves ──────────────────────────────────────────────
const TILES = {
  richItem: selector('ytd-rich-item-renderer', {
    why: "A cell of the channel's Videos grid (2021+); in newer builds it wraps a lockup, and only the innermost tile is read.",
    proof: [CHANNEL_A, CHANNEL_B, CHANNEL_LOCKUPS_2025],
  }),
  gridVideo: selector('ytd-grid-video-renderer', {
    why: 'A video in the grid and shelves of channel pages before 2021, and on Home-tab shelves later.',
    proof: [CHANNEL_2018, CHANNEL_C4_2023],
  }),
  videoRow: selector('ytd-video-renderer', {
    why: "A video in a list shelf (the featured row of a channel's Home tab).",
    proof: [CHANNEL_2018],
  }),
  lockup: selector('yt-lockup-view-model', {
    why: "A video tile as a view model (2025): the Videos grid and the watch page's related list.",
    proof: [CHANNEL_LOCKUPS_2025, WATCH_A1],
  }),
  shortsLockup: selector('ytm-shorts-lockup-view-model', {
    why: 'A Short on the channel\'s Shorts tab and shelves (2024+); its views sit in the "subhead" below the title.',
    proof: [CHANNEL_LOCKUPS_2025],
  }),
  shortsLockupV2: selector('ytm-shorts-lockup-view-model-v2', {
    why: "The 2024+ wrapper around a Short's lockup: on its own where the inner lockup has not rendered yet.",
    proof: [CHANNEL_LOCKUPS_2025],
  }),
  reelItem: selector('ytd-reel-item-renderer', {
    why: "A Short on the Home tab's Shorts shelf before 2024.",
    proof: [CHANNEL_C4_2023],
  }),
} as const;
const IN_TILE = anyOf(...Object.values(TILES));

// ── The rendered watch page of one video ─────────────────────────────────────────────────────
const WATCH_PAGES = {
  watchFlexy: selector('ytd-watch-flexy[video-id]', {
    why: "The watch page element since 2019, naming the video it shows in `video-id`; earlier videos' elements stay in the page, hidden.",
    proof: [WATCH_A1, WATCH_A2, WATCH_DE, WATCH_2023, WATCH_2021_TOGGLE],
    notIn: [CHANNEL_A],
  }),
  watchPolymer: selector('ytd-watch[video-id]', {
    why: 'The watch page element of the first Polymer layout (2017–19).',
    proof: [WATCH_2018],
    notIn: [WATCH_A1],
  }),
  watchGrid: selector('ytd-watch-grid[video-id]', {
    why: 'The 2024 grid layout of the watch page, in place of ytd-watch-flexy.',
    proof: [WATCH_2024_GRID],
    notIn: [WATCH_A1],
  }),
} as const;
const IN_WATCH = anyOf(...Object.values(WATCH_PAGES));

export const YT = {
  // ── Embedded JSON ────────────────────────────────────────────────────────────────────────────
  inlineScript: selector('script:not([src])', {
    why: "YouTube writes its first page's data into inline scripts; each is parsed once.",
    proof: [...RAW_CHANNELS, ...RAW_WATCH, CHANNEL_A, WATCH_A1],
  }),
  initialData: pattern(
    /(?:var\s+ytInitialData|window\s*\[\s*["']ytInitialData["']\s*\])\s*=\s*/,
    { css: 'script:not([src])' },
    {
      why: "`ytInitialData`: the channel's header and videos, or a watch page's watch-next data, as the first HTML carries them.",
      proof: [...RAW_CHANNELS, ...RAW_WATCH, CHANNEL_A, WATCH_A1],
      notIn: WATCH7.slice(0, 1),
    },
  ),
  initialPlayerResponse: pattern(
    /(?:var\s+ytInitialPlayerResponse|window\s*\[\s*["']ytInitialPlayerResponse["']\s*\])\s*=\s*/,
    { css: 'script:not([src])' },
    {
      why: 'The player response of the first page load (2020+): the uploader, views, publish date and the paid-promotion overlay.',
      proof: [...RAW_WATCH, WATCH_A1],
      notIn: RAW_CHANNELS,
    },
  ),
  playerConfig: pattern(
    /ytplayer\.config\s*=\s*/,
    { css: 'script:not([src])' },
    {
      why: 'Before 2020 the player response was a JSON string inside `ytplayer.config.args.player_response`.',
      proof: [WATCH_2018, WATCH7[1]!],
    },
  ),
  configLanguage: pattern(
    /"HL"\s*:\s*"([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?)"/,
    { css: 'script:not([src])' },
    {
      why: 'The interface language in YouTube\'s own config (ytcfg "HL"), where the page has no `<html lang>`: it decides how counts are read.',
      proof: [...RAW_CHANNELS, ...RAW_WATCH],
    },
  ),
  configLanguageLower: pattern(
    /"hl"\s*:\s*"([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?)"/,
    { css: 'script:not([src])' },
    {
      why: 'The same language as the player and client context name it ("hl"), where no "HL" is set.',
      proof: [CHANNEL_2018, WATCH_2018],
    },
  ),

  // ── Channel header ───────────────────────────────────────────────────────────────────────────
  ...HEADERS,
  headerMetadataPart: selector('yt-content-metadata-view-model span', {
    within: IN_HEADER,
    why: 'The header\'s metadata rows (2024+): "@handle", "4.32M subscribers", "466 videos", classified by their words.',
    proof: [CHANNEL_A, CHANNEL_B, CHANNEL_LOCKUPS_2025],
  }),
  headerHandle: selector('#channel-handle', {
    within: IN_HEADER,
    why: "The c4 header's @handle (2022–24): ties the header to the channel in the URL.",
    proof: [CHANNEL_C4_2023],
  }),
  headerSubscribers: selector('#subscriber-count', {
    within: IN_HEADER,
    why: 'The c4 header\'s subscriber count: known by its id even when its text names no unit word ("1.65M").',
    proof: [CHANNEL_2018, CHANNEL_C4_2023],
  }),
  headerVideos: selector('#videos-count', {
    within: IN_HEADER,
    why: "The c4 header's video count (2022–24).",
    proof: [CHANNEL_C4_2023],
  }),
  headerTitleViewModel: selector('yt-dynamic-text-view-model h1', {
    within: IN_HEADER,
    why: 'The channel name in the 2024+ header.',
    proof: [CHANNEL_A, CHANNEL_B, CHANNEL_LOCKUPS_2025],
  }),
  headerTitleText: selector('h1 .yt-core-attributed-string', {
    within: IN_HEADER,
    why: "The name's own text in the 2024+ header, without the badge drawn beside it.",
    proof: [CHANNEL_A, CHANNEL_B],
  }),
  headerTitle2018: selector('span#channel-title', {
    within: IN_HEADER,
    why: 'The channel name in the c4 header of 2017–19.',
    proof: [CHANNEL_2018],
  }),
  headerChannelNameText: selector('#channel-name #text', {
    within: IN_HEADER,
    why: 'The channel name in the c4 header of 2020–24 (ytd-channel-name), without its badge.',
    proof: [CHANNEL_C4_2023],
  }),
  headerChannelName: selector('#channel-name', {
    within: IN_HEADER,
    why: 'The ytd-channel-name block itself, where its inner text element is not rendered yet.',
    proof: [CHANNEL_C4_2023],
  }),
  headerH1: selector('h1', {
    within: IN_HEADER,
    why: 'Any heading in the header: the last resort for the name.',
    proof: [CHANNEL_A, CHANNEL_2018],
  }),
  headerVerifiedBadge: selector('.badge-style-type-verified', {
    within: IN_HEADER,
    why: "The c4 header's verified badge.",
    proof: [CHANNEL_2018, CHANNEL_C4_2023],
    notIn: [CHANNEL_B],
  }),
  headerVerifiedBadgeVariant: selector('[class*="badge-style-type-verified"]', {
    within: IN_HEADER,
    why: 'The same badge where its class carries a prefix or suffix (the artist variant).',
    proof: [CHANNEL_2018, CHANNEL_C4_2023],
    notIn: [CHANNEL_B],
  }),
  headerVerifiedIcon: selector('h1 .yt-core-attributed-string__image-element', {
    within: IN_HEADER,
    why: "The 2024+ header draws the verified check as an image inside the name's h1.",
    proof: [CHANNEL_A],
    notIn: [CHANNEL_B, CHANNEL_LOCKUPS_2025],
  }),

  // ── Channel tiles ────────────────────────────────────────────────────────────────────────────
  ...TILES,
  tileBylineLink: selector('#byline a', {
    within: IN_TILE,
    why: "The channel a tile names (2017–20 shelves): a shelf of another channel's videos is not this creator's.",
    proof: [CHANNEL_2018],
  }),
  tileChannelNameLink: selector('ytd-channel-name a', {
    within: IN_TILE,
    why: 'The channel a tile names (2020+ Home-tab shelves).',
    proof: [CHANNEL_C4_2023],
    notIn: [CHANNEL_A],
  }),
  tileChannelNameIdLink: selector('#channel-name a', {
    within: IN_TILE,
    why: 'The same byline by its id, where the element is not (yet) a ytd-channel-name.',
    proof: [CHANNEL_C4_2023],
    notIn: [CHANNEL_A],
  }),
  tileWatchLink: selector('a[href*="/watch?v="]', {
    within: IN_TILE,
    why: 'A tile links to its video: the id is in the link.',
    proof: [CHANNEL_A, CHANNEL_2018, CHANNEL_C4_2023, CHANNEL_LOCKUPS_2025],
  }),
  tileShortsLink: selector('a[href^="/shorts/"]', {
    within: IN_TILE,
    why: "A Short's tile links to /shorts/ID.",
    proof: [CHANNEL_C4_2023, CHANNEL_LOCKUPS_2025],
    notIn: [CHANNEL_A],
  }),
  tileTitleId: selector('#video-title', {
    within: IN_TILE,
    why: 'The title of a grid or list tile.',
    proof: [CHANNEL_A, CHANNEL_2018, CHANNEL_C4_2023],
  }),
  tileTitleLink: selector('h3 a', {
    within: IN_TILE,
    why: 'The title link of a lockup (2025), which has no #video-title.',
    proof: [CHANNEL_A, CHANNEL_LOCKUPS_2025],
  }),
  tileHeading: selector('h3', {
    within: IN_TILE,
    why: "The title heading of a Short's lockup.",
    proof: [CHANNEL_A, CHANNEL_LOCKUPS_2025],
  }),
  tileTitleClass: selector('[class*="title"]', {
    within: IN_TILE,
    why: 'Any title-named element: the last resort for the title.',
    proof: [CHANNEL_2018],
  }),
  tileMetadataLine: selector('#metadata-line span', {
    within: IN_TILE,
    why: 'The views and date of a grid tile ("1.2M views", "2 weeks ago").',
    proof: [CHANNEL_A, CHANNEL_2018, CHANNEL_C4_2023],
  }),
  tileMetadataRow: selector('yt-content-metadata-view-model span', {
    within: IN_TILE,
    why: 'The views and date of a lockup (2025).',
    proof: [CHANNEL_LOCKUPS_2025],
    notIn: [CHANNEL_A],
  }),
  tileShortsSubhead: selector('[class*="ubhead"] span', {
    within: IN_TILE,
    why: 'A Short lockup\'s views, in its "subhead" (class "…OutsideMetadataSubhead").',
    proof: [CHANNEL_LOCKUPS_2025],
    notIn: [CHANNEL_A],
  }),

  // ── Watch page ───────────────────────────────────────────────────────────────────────────────
  ...WATCH_PAGES,
  watchMetadata: selector('ytd-watch-metadata', {
    within: IN_WATCH,
    why: 'The title, owner, actions and description below the player (2022+); it names its video, and one naming another video is a leftover.',
    proof: [WATCH_A1, WATCH_A2, WATCH_DE, WATCH_2023, WATCH_2024_GRID],
    notIn: [WATCH_2018, WATCH_2021_TOGGLE],
  }),
  primaryInfo: selector('ytd-video-primary-info-renderer', {
    within: IN_WATCH,
    why: 'The title, views, date and like button below the player (2017–23).',
    proof: [WATCH_2018, WATCH_2023, WATCH_2021_TOGGLE],
    notIn: [WATCH_A1],
  }),
  titleInMetadata: selector('ytd-watch-metadata #title h1', {
    within: IN_WATCH,
    why: 'The video title (2022+).',
    proof: [WATCH_A1, WATCH_DE, WATCH_2023, WATCH_2024_GRID],
  }),
  metadataHeading: selector('ytd-watch-metadata h1', {
    within: IN_WATCH,
    why: 'Any heading of the metadata block, where #title is missing.',
    proof: [WATCH_A1, WATCH_2024_GRID],
  }),
  primaryInfoTitle: selector('ytd-video-primary-info-renderer h1.title', {
    within: IN_WATCH,
    why: 'The video title (2017–23).',
    proof: [WATCH_2018, WATCH_2023, WATCH_2021_TOGGLE],
  }),
  primaryInfoHeading: selector('ytd-video-primary-info-renderer h1', {
    within: IN_WATCH,
    why: 'Any heading of the primary info, where the title class is missing.',
    proof: [WATCH_2018, WATCH_2021_TOGGLE],
  }),
  descriptionTooltip: selector('ytd-watch-metadata #description-inner tp-yt-paper-tooltip #tooltip', {
    within: IN_WATCH,
    why: 'The tooltip over the description\'s first line: the exact views and the full date ("1,204,311 views • May 18, 2026").',
    proof: [WATCH_A1, WATCH_A2, WATCH_DE, WATCH_2023],
  }),
  infoTextTooltip: selector('ytd-watch-info-text tp-yt-paper-tooltip #tooltip', {
    within: IN_WATCH,
    why: 'The same tooltip where the info text stands outside the description (2024 grid layout).',
    proof: [WATCH_2024_GRID],
  }),
  viewsDateSeparator: pattern(
    /\s*(?:[•·]|â€¢)\s*/,
    { css: 'tp-yt-paper-tooltip #tooltip' },
    {
      within: IN_WATCH,
      why: 'The bullet between views and date in the tooltip; saved pages re-encoded as Latin-1 show it as "â€¢".',
      proof: [WATCH_A1, WATCH_2024_GRID],
    },
  ),
  metadataInfoChild: selector('ytd-watch-metadata #info > span', {
    within: IN_WATCH,
    why: 'The info line above the description: views first, date third ("845K views", " ", "1 month ago").',
    proof: [WATCH_A1, WATCH_DE, WATCH_2023],
  }),
  metadataInfoSpan: selector('ytd-watch-metadata #info span', {
    within: IN_WATCH,
    why: 'The same line where its parts are wrapped one level deeper.',
    proof: [WATCH_A1, WATCH_2024_GRID],
  }),
  infoTextSpan: selector('ytd-watch-info-text #info span', {
    within: IN_WATCH,
    why: 'The info line inside ytd-watch-info-text (2023+).',
    proof: [WATCH_A1, WATCH_DE, WATCH_2024_GRID],
  }),
  primaryViewCount: selector('ytd-video-primary-info-renderer .view-count', {
    within: IN_WATCH,
    why: 'The full view count of the 2017–23 layout ("1,234,567 views").',
    proof: [WATCH_2018, WATCH_2023, WATCH_2021_TOGGLE],
  }),
  viewCountRenderer: selector('ytd-video-view-count-renderer .view-count', {
    within: IN_WATCH,
    why: "The view counter's own element, where it is not inside the primary info.",
    proof: [WATCH_2023, WATCH_2021_TOGGLE],
  }),
  primaryShortViewCount: selector('ytd-video-primary-info-renderer .short-view-count', {
    within: IN_WATCH,
    why: 'The abbreviated view count ("1.2M views"), read only when no full count is there.',
    proof: [WATCH_2018, WATCH_2023, WATCH_2021_TOGGLE],
  }),
  metadataLikeButton: selector('ytd-watch-metadata like-button-view-model button', {
    within: IN_WATCH,
    why: 'The like button (2023-10+): its accessible name holds the exact count ("like this video along with 12,345 other people").',
    proof: [WATCH_A1, WATCH_DE, WATCH_2024_GRID],
  }),
  metadataSegmentedLike: selector('ytd-watch-metadata #segmented-like-button button', {
    within: IN_WATCH,
    why: 'The like button of 2022–23 (segmented like and dislike).',
    proof: [WATCH_2023],
  }),
  likeButtonViewModel: selector('like-button-view-model button', {
    within: IN_WATCH,
    why: 'The 2023-10+ like button outside the metadata block (the Shorts and grid layouts).',
    proof: [WATCH_A1, WATCH_2024_GRID],
  }),
  segmentedLike: selector('#segmented-like-button button', {
    within: IN_WATCH,
    why: 'The 2022–23 like button outside the metadata block.',
    proof: [WATCH_2023],
  }),
  toggleLikeComputed: selector('ytd-video-primary-info-renderer #top-level-buttons-computed > ytd-toggle-button-renderer:first-of-type button', {
    within: IN_WATCH,
    why: 'The like toggle of 2020–22: the first toggle button of the computed top-level buttons.',
    proof: [WATCH_2021_TOGGLE],
  }),
  toggleLike: selector('ytd-video-primary-info-renderer #top-level-buttons > ytd-toggle-button-renderer:first-of-type button', {
    within: IN_WATCH,
    why: 'The like toggle of 2017–20.',
    proof: [WATCH_2018],
  }),
  likeButtonText: selector('.yt-spec-button-shape-next__button-text-content', {
    within: IN_WATCH,
    why: 'The abbreviated count inside the like button ("12K"), read when its label gives no exact one.',
    proof: [WATCH_A1, WATCH_DE, WATCH_2024_GRID],
  }),
  infoStringsDate: selector('#info-strings yt-formatted-string', {
    within: IN_WATCH,
    why: 'The publish date of the 2020–23 primary info ("Mar 3, 2021").',
    proof: [WATCH_2023, WATCH_2021_TOGGLE],
  }),
  secondaryInfoDate: selector('ytd-video-secondary-info-renderer .date', {
    within: IN_WATCH,
    why: 'The publish date under the owner (2017–19).',
    proof: [WATCH_2018],
  }),
  ownerDate: selector('ytd-video-owner-renderer .date', {
    within: IN_WATCH,
    why: 'The same date inside the owner block.',
    proof: [WATCH_2018],
  }),
  metadataOwner: selector('ytd-watch-metadata ytd-video-owner-renderer', {
    within: IN_WATCH,
    why: "The uploading channel's block (2022+).",
    proof: [WATCH_A1, WATCH_DE, WATCH_2023, WATCH_2024_GRID],
  }),
  owner: selector('ytd-video-owner-renderer', {
    within: IN_WATCH,
    why: "The uploading channel's block in every layout since 2017.",
    proof: [WATCH_A1, WATCH_2018, WATCH_2021_TOGGLE],
  }),
  ownerChannelNameLink: selector('#channel-name a[href]', {
    within: 'ytd-video-owner-renderer',
    why: "The channel name's own link (2020+): its text is the name, its href the /@handle or /channel/ID.",
    proof: [WATCH_A1, WATCH_2023, WATCH_2021_TOGGLE, WATCH_2024_GRID],
  }),
  ownerNameLink: selector('#owner-name a[href]', {
    within: 'ytd-video-owner-renderer',
    why: "The channel name's link in the 2017–19 owner block.",
    proof: [WATCH_2018],
  }),
  ownerTextLink: selector('#text a[href]', {
    within: 'ytd-video-owner-renderer',
    why: "The name's link inside its formatted string, where #channel-name is missing.",
    proof: [WATCH_A1, WATCH_2021_TOGGLE],
  }),
  ownerAnyLink: selector('a[href]', {
    within: 'ytd-video-owner-renderer',
    why: "Any link of the owner block (the avatar's has no text): the last resort for the channel's address.",
    proof: [WATCH_A1, WATCH_2018, WATCH_2021_TOGGLE],
  }),
  ownerSubscribers: selector('#owner-sub-count', {
    within: 'ytd-video-owner-renderer',
    why: 'The channel\'s subscriber count under its name ("1.23M subscribers"), always abbreviated.',
    proof: [WATCH_A1, WATCH_2023, WATCH_2021_TOGGLE, WATCH_2024_GRID],
  }),
  ownerVerifiedBadge: selector('.badge-style-type-verified', {
    within: 'ytd-video-owner-renderer',
    why: 'The verified badge beside the channel name.',
    proof: [WATCH_A1, WATCH_2018],
    notIn: [WATCH_2021_TOGGLE],
  }),
  ownerVerifiedBadgeVariant: selector('[class*="badge-style-type-verified"]', {
    within: 'ytd-video-owner-renderer',
    why: 'The same badge where its class carries a prefix or suffix (the artist variant).',
    proof: [WATCH_A1, WATCH_2018],
    notIn: [WATCH_2021_TOGGLE],
  }),
  commentsCount: selector('ytd-comments-header-renderer #count', {
    within: IN_WATCH,
    why: 'The comment count above the comments ("1,204 Comments"), exact; rendered only once the comments load.',
    proof: [WATCH_A1, WATCH_DE],
    notIn: [WATCH_A2],
  }),

  // ── Microdata and the classic (watch7) layout, served until 2023 ─────────────────────────────
  microVideoId: selector('meta[itemprop="videoId"]', {
    why: 'The schema.org microdata names its video: a page whose microdata names another is not read.',
    proof: [...WATCH7, WATCH_2023, RAW_WATCH[0]!],
  }),
  microItem: selector('[itemprop="interactionCount"], [itemprop="datePublished"]', {
    why: 'Whether the page carries the microdata numbers at all.',
    proof: [...WATCH7, ...RAW_WATCH],
    notIn: [WATCH_A1],
  }),
  microInteractionCount: selector('meta[itemprop="interactionCount"]', {
    why: 'The exact view count of the microdata.',
    proof: [...WATCH7, ...RAW_WATCH],
  }),
  microDatePublished: selector('meta[itemprop="datePublished"]', {
    why: 'The publish date of the microdata (exact to the day).',
    proof: [...WATCH7, ...RAW_WATCH],
  }),
  microUploadDate: selector('meta[itemprop="uploadDate"]', {
    why: 'The upload date, where datePublished is missing.',
    proof: RAW_WATCH,
  }),
  microName: selector('meta[itemprop="name"]', {
    why: 'The video title of the microdata.',
    proof: [...WATCH7, ...RAW_WATCH],
  }),
  microChannelId: selector('meta[itemprop="channelId"]', {
    why: "The uploading channel's id (UC…).",
    proof: [...WATCH7, RAW_WATCH[0]!],
  }),
  microAuthorUrl: selector('[itemprop="author"] link[itemprop="url"]', {
    why: "The uploading channel's address: /@handle since 2022, /channel/ID or /user/name before.",
    proof: [...WATCH7, ...RAW_WATCH],
  }),
  canonicalLink: selector('link[rel="canonical"]', {
    why: 'The address the server-rendered head belongs to: microdata without a videoId is read only when the head names this video.',
    proof: [...WATCH7, ...RAW_WATCH, WATCH_A1],
  }),
  ogUrl: selector('meta[property="og:url"]', {
    why: 'The same address in the Open Graph tags, where the canonical link is missing.',
    proof: [...WATCH7, ...RAW_WATCH],
  }),
  watch7LikeButton: selector('button.like-button-renderer-like-button-unclicked', {
    why: "The classic layout's like button, not pressed: its label and text carry the count.",
    proof: WATCH7,
    notIn: [WATCH_A1],
  }),
  watch7LikeButtonAny: selector('button.like-button-renderer-like-button', {
    why: 'The classic like button in either state.',
    proof: WATCH7,
    notIn: [WATCH_A1],
  }),
  watch7LikeText: selector('.yt-uix-button-content', {
    within: 'button.like-button-renderer-like-button',
    why: 'The count printed inside the classic like button ("12,345" or "12K").',
    proof: WATCH7.slice(0, 2),
  }),
  watch7ViewCount: selector('.watch-view-count', {
    why: 'The classic layout\'s view count ("1,234,567 views").',
    proof: WATCH7,
  }),
  watch7Title: selector('#eow-title', {
    why: "The classic layout's title, in its title attribute.",
    proof: WATCH7,
  }),
  watch7Description: selector('#eow-description', {
    why: "The classic layout's description.",
    proof: WATCH7,
  }),
  watch7OwnerInHeader: selector('#watch7-user-header .yt-user-info a[href]', {
    why: "The classic layout's channel link (name and address).",
    proof: WATCH7,
  }),
  watch7Owner: selector('.yt-user-info a[href]', {
    why: "The same link where the user header's id is missing.",
    proof: WATCH7,
  }),
  watch7Subscribers: selector('.yt-subscriber-count[title]', {
    why: 'The classic subscriber count: the exact number in its title.',
    proof: WATCH7,
  }),
  watch7SubscribersBranded: selector('.yt-subscription-button-subscriber-count-branded-horizontal[title]', {
    why: 'The same count on the branded subscribe button.',
    proof: WATCH7,
  }),
  watch7Verified: selector('.yt-user-info .yt-channel-title-icon-verified', {
    why: "The classic layout's verified badge beside the channel name.",
    proof: WATCH7.slice(0, 2),
  }),
} as const satisfies EvidenceRegistry;

/** The rendered channel header, in every generation, in document order. */
export const CHANNEL_HEADER = IN_HEADER;
/** A video tile of a channel page, in every generation. */
export const CHANNEL_TILE = IN_TILE;
/** The rendered watch page element, in every generation. */
export const WATCH_PAGE = IN_WATCH;
