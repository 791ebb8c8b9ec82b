import type { Platform } from '../snapshot';
import { platformForHost } from './hosts';
import { instagram } from './instagram';
import type { PlatformExtractor } from './types';

/** Every platform module, behind the one interface. */
export const EXTRACTORS: Partial<Record<Platform, PlatformExtractor>> = { instagram };

export function extractorForUrl(url: URL): PlatformExtractor | null {
  const platform = platformForHost(url.hostname);
  return platform ? EXTRACTORS[platform] ?? null : null;
}
