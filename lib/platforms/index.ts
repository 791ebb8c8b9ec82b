import type { Platform } from '../snapshot';
import { platformForHost } from './hosts';
import { instagram } from './instagram';
import { tiktok } from './tiktok';
import type { PlatformExtractor } from './types';
import { youtube } from './youtube';

/** Every platform module, behind the one interface. */
export const EXTRACTORS: Record<Platform, PlatformExtractor> = { instagram, tiktok, youtube };

export function extractorForUrl(url: URL): PlatformExtractor | null {
  const platform = platformForHost(url.hostname);
  return platform ? EXTRACTORS[platform] : null;
}
