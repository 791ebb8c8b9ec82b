/** What a TikTok video id says by itself. */

/** The earliest plausible creation time of a TikTok video id (2016-01-01): smaller ids are not TikTok's 64-bit ids. */
const EARLIEST_ID_SECONDS = 1_451_606_400;

/**
 * A TikTok video id carries its creation time: the top 32 bits of the 64-bit id are Unix seconds.
 * 7571863205253778710 → 2025-11-12T15:36:23Z, five seconds before the item's own createTime: in the
 * real captures the id leads createTime by 2 to 155 seconds (it is minted at upload), so it is a
 * date, exact to the minute. Null when the id is not such an id, or names a time after `notAfter`
 * (plus a day).
 */
export function tiktokIdDate(id: string, notAfter?: Date): string | null {
  if (!/^\d{15,20}$/.test(id)) return null;
  const value = BigInt(id);
  if (value >= 1n << 64n) return null;
  const seconds = Number(value >> 32n);
  if (seconds < EARLIEST_ID_SECONDS) return null;
  if (notAfter && seconds * 1000 > notAfter.getTime() + 86_400_000) return null;
  return new Date(seconds * 1000).toISOString();
}
