/**
 * The platforms Vetlens reads, in the order it lists them. Kept free of imports: the first chunk of
 * every content script (lib/content/boot.ts) needs the names without the snapshot's schema.
 * `PlatformSchema` (lib/snapshot.ts) is built from this list.
 */
export const PLATFORMS = ['instagram', 'tiktok', 'youtube'] as const;
export type Platform = (typeof PLATFORMS)[number];
