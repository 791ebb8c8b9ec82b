/** TikTok addresses: a profile (/@handle) or one of its videos (/@handle/video/ID, /@handle/photo/ID). */

const HANDLE = '[A-Za-z0-9._]{1,64}';
const PROFILE_PATH = new RegExp(`^/@(${HANDLE})/?$`);
const POST_PATH = new RegExp(`^/@(${HANDLE})/(video|photo)/(\\d{5,25})/?$`);

export interface TikTokPage {
  handle: string;
  kind: 'profile' | 'post';
  videoId: string | null;
}

export function tiktokPage(url: URL): TikTokPage | null {
  const path = decodeURIComponent(url.pathname);
  const post = POST_PATH.exec(path);
  if (post) return { handle: post[1]!.toLowerCase(), kind: 'post', videoId: post[3]! };
  const profile = PROFILE_PATH.exec(path);
  if (profile) return { handle: profile[1]!.toLowerCase(), kind: 'profile', videoId: null };
  return null;
}
