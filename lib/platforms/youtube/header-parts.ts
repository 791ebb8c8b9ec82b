import { parseCount, preferFuller, type ParsedCount } from '../../parse/count';
import { fromParsed, type CountReadings } from '../common';
import { mentions, SUBSCRIBER_WORDS, VIDEO_WORDS } from './words';

/**
 * A channel header's metadata rows ("@handle", "4.32M subscribers", "466 videos"), whether read from
 * the page's JSON or from the rendered header: each part is classified by its words, not its place.
 */

export interface HeaderPart {
  text: string;
  label: string | null;
  /** What the page's own markup says the part is (the old header's #subscriber-count, #videos-count). */
  meaning?: 'subscribers' | 'videos';
}

/** Reads subscribers, videos and handle from the parts of a header's metadata rows. */
export function classifyHeaderParts(parts: HeaderPart[], lang: string): { handle: string | null; counts: CountReadings } {
  const counts: CountReadings = {};
  let handle: string | null = null;
  const unclassified: HeaderPart[] = [];
  const read = (part: HeaderPart): ParsedCount | null => preferFuller(parseCount(part.text, lang), part.label ? parseCount(part.label, lang) : null);
  for (const part of parts) {
    const text = part.text.trim();
    if (/^@[^\s@]{1,100}$/.test(text)) {
      handle = text.slice(1);
      continue;
    }
    const meaning = `${text} ${part.label ?? ''}`;
    if (part.meaning === 'subscribers' || (!part.meaning && mentions(meaning, SUBSCRIBER_WORDS))) {
      const reading = fromParsed(read(part));
      if (reading && !counts.followers) counts.followers = reading;
    } else if (part.meaning === 'videos' || mentions(meaning, VIDEO_WORDS)) {
      const reading = fromParsed(read(part));
      if (reading && !counts.postCount) counts.postCount = reading;
    } else if (/\d/.test(text)) unclassified.push(part);
  }
  // A language without a listed word: the one remaining count beside the videos is the subscribers.
  if (!counts.followers && counts.postCount && unclassified.length === 1) {
    const reading = fromParsed(read(unclassified[0]!));
    if (reading) counts.followers = reading;
  }
  return { handle, counts };
}
