import { PLATFORMS, type Platform, type ProfileSnapshot } from '../snapshot';
import type { VetlensDB } from './db';
import type { CreatorRecord } from './records';
import { latestSnapshot } from './visits';

/**
 * Cross-platform linking: one person's Instagram, TikTok and YouTube profiles become one creator
 * (a shared `groupId`). Links in a bio are suggestions; the marketer confirms or undoes them.
 */

// Profile URLs as they appear in bios and link lists, with or without scheme and "www.".
const PROFILE_PATTERNS: Array<[Platform, RegExp]> = [
  ['instagram', /(?:^|[^\w.-])(?:https?:\/\/)?(?:www\.|m\.)?instagram\.com\/(?!p\/|reel\/|reels\/|explore\/|stories\/|accounts\/)([A-Za-z0-9._]{1,30})/gi],
  ['tiktok', /(?:^|[^\w.-])(?:https?:\/\/)?(?:www\.|m\.)?tiktok\.com\/@([A-Za-z0-9._]{1,30})/gi],
  ['youtube', /(?:^|[^\w.-])(?:https?:\/\/)?(?:www\.|m\.)?youtube\.com\/@([\p{L}\p{N}._-]{1,100})/giu],
];

/** The creator keys a snapshot's bio and links point to, on platforms other than its own. */
export function linkedProfileKeys(snapshot: Pick<ProfileSnapshot, 'platform' | 'bio' | 'links'>): string[] {
  const text = [snapshot.bio ?? '', ...snapshot.links].join('\n');
  const keys = new Set<string>();
  for (const [platform, pattern] of PROFILE_PATTERNS) {
    if (platform === snapshot.platform) continue;
    for (const match of text.matchAll(pattern)) {
      const handle = match[1]!.replace(/\.+$/, '').toLowerCase();
      if (handle) keys.add(`${platform}:${handle}`);
    }
  }
  return [...keys];
}

export interface LinkSuggestion {
  key: string;
  platform: Platform;
  handle: string | null;
  /** "outgoing": this creator's bio links to it; "incoming": its bio links here; "mutual": both. */
  direction: 'outgoing' | 'incoming' | 'mutual';
}

/**
 * Stored creators on other platforms this one is probably the same person as: profiles its bio
 * links to, and same-handle profiles whose own bio links back. Already-linked ones are left out.
 */
export async function suggestLinks(db: VetlensDB, key: string): Promise<LinkSuggestion[]> {
  const self = await db.creators.get(key);
  const snapshot = await latestSnapshot(db, key);
  if (!self || !snapshot) return [];
  const outgoing = new Set(linkedProfileKeys(snapshot));
  const candidates = new Set(outgoing);
  if (self.handle) for (const p of PLATFORMS) if (p !== self.platform) candidates.add(`${p}:${self.handle.toLowerCase()}`);
  const suggestions: LinkSuggestion[] = [];
  for (const candidate of candidates) {
    const other = await db.creators.get(candidate);
    if (!other || (self.groupId && other.groupId === self.groupId)) continue;
    const otherSnapshot = await latestSnapshot(db, candidate);
    const incoming = otherSnapshot ? linkedProfileKeys(otherSnapshot).includes(key) : false;
    const out = outgoing.has(candidate);
    if (out || incoming)
      suggestions.push({
        key: candidate,
        platform: other.platform,
        handle: other.handle,
        direction: out && incoming ? 'mutual' : out ? 'outgoing' : 'incoming',
      });
  }
  return suggestions;
}

/** Joins creators (and the groups they are already in) into one group. Returns the previous records for undo. */
export async function linkCreators(db: VetlensDB, keys: readonly string[]): Promise<CreatorRecord[]> {
  return db.transaction('rw', db.creators, async () => {
    const records = (await db.creators.bulkGet([...keys])).filter((c): c is CreatorRecord => !!c);
    if (records.length < 2) return [];
    const groups = new Set(records.map((r) => r.groupId).filter((g): g is string => !!g));
    const members = groups.size
      ? await db.creators
          .where('groupId')
          .anyOf([...groups])
          .toArray()
      : [];
    const all = new Map<string, CreatorRecord>();
    for (const r of [...records, ...members]) all.set(r.key, r);
    const groupId = [...groups].sort()[0] ?? `group:${[...all.keys()].sort()[0]}`;
    const before = [...all.values()].filter((r) => r.groupId !== groupId);
    await db.creators.bulkPut(before.map((r) => ({ ...r, groupId })));
    return before;
  });
}

/** Takes one creator out of its group; a group left with one member is dissolved. */
export async function unlinkCreator(db: VetlensDB, key: string): Promise<CreatorRecord[]> {
  return db.transaction('rw', db.creators, async () => {
    const record = await db.creators.get(key);
    if (!record?.groupId) return [];
    const rest = (await db.creators.where('groupId').equals(record.groupId).toArray()).filter((r) => r.key !== key);
    const changed = rest.length === 1 ? [record, rest[0]!] : [record];
    await db.creators.bulkPut(changed.map((r) => ({ ...r, groupId: null })));
    return changed;
  });
}

export async function groupMembers(db: VetlensDB, key: string): Promise<CreatorRecord[]> {
  const record = await db.creators.get(key);
  if (!record) return [];
  if (!record.groupId) return [record];
  const members = await db.creators.where('groupId').equals(record.groupId).toArray();
  const order: readonly Platform[] = PLATFORMS;
  return members.sort((a, b) => order.indexOf(a.platform) - order.indexOf(b.platform) || a.key.localeCompare(b.key));
}
