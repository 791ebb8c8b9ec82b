import type { Platform } from '../snapshot';

/** The only hosts Vetlens reads (and the only host permissions it asks for). */
export const PLATFORM_HOSTS: Record<Platform, readonly string[]> = {
  instagram: ['www.instagram.com'],
  tiktok: ['www.tiktok.com'],
  youtube: ['www.youtube.com'],
};

export const CONTENT_HOSTS: readonly string[] = Object.values(PLATFORM_HOSTS).flat();

export function platformForHost(hostname: string): Platform | null {
  for (const [platform, hosts] of Object.entries(PLATFORM_HOSTS)) if (hosts.includes(hostname)) return platform as Platform;
  return null;
}
