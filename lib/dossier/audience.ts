import type { ProfileSnapshot } from '../snapshot';
import type { AudienceSignals, LanguageSample } from './types';

/** The language of one text (ISO 639-1), or null when it is too short or unclear to tell. */
export type LanguageOf = (text: string) => string | null;

/**
 * Below these, a share would be an anecdote: the sample is shown, its languages are not. Thirty
 * comments is the smallest sample whose largest share is off by at most about ±18 points (95%), the
 * least a marketer can act on; captions are the creator's own words, so fewer say more.
 */
export const MIN_COMMENTS_TOLD = 30;
export const MIN_CAPTIONS_TOLD = 5;

function sample(groups: ReadonlyArray<readonly string[]>, languageOf: LanguageOf, minimum: number): LanguageSample {
  const counts = new Map<string, number>();
  let texts = 0;
  let told = 0;
  for (const group of groups) {
    for (const text of group) {
      texts++;
      const language = languageOf(text);
      if (!language) continue;
      told++;
      counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  const languages =
    told < minimum
      ? null
      : [...counts]
          .map(([language, count]) => ({ language, count, share: count / told }))
          .sort((a, b) => b.count - a.count || a.language.localeCompare(b.language));
  return { texts, posts: groups.filter((g) => g.length > 0).length, told, languages, minimum };
}

/** A place the bio states: after a 📍 pin, or "based in …" / "located in …" / "… şəhərində yaşayıram". */
export function bioLocation(bio: string | null): string | null {
  if (!bio) return null;
  for (const line of bio.split(/\n/)) {
    const pinned = line.match(/📍\s*([^|•\n]{2,60})/u);
    const said = line.match(/\b(?:based in|located in|living in|lives in)\s+([^|•.!\n]{2,60})/iu);
    const found = (pinned ?? said)?.[1];
    if (found) {
      const place = found
        .replace(/\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\uFE0F|\u200D/gu, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (place.length >= 2) return place;
    }
  }
  return null;
}

/**
 * What the pages show of the audience, measured: the languages of the comments seen on the
 * creator's post and video pages, of the creator's captions, the places tagged on posts and the
 * bio's location. Followers' own locations are not on any page, and the result says so.
 * `languageOf` is passed in: the extension combines the browser's detector with the bundled one.
 */
export function audienceSignals(creator: ProfileSnapshot, languageOf: LanguageOf): AudienceSignals {
  const comments = sample(
    creator.posts.map((p) => p.commentTexts ?? []),
    languageOf,
    MIN_COMMENTS_TOLD,
  );
  const captions = sample(
    creator.posts.map((p) => (p.caption ? [p.caption] : [])),
    languageOf,
    MIN_CAPTIONS_TOLD,
  );
  const places = new Map<string, number>();
  let postsWithPlace = 0;
  for (const post of creator.posts) {
    if (!post.place) continue;
    postsWithPlace++;
    places.set(post.place, (places.get(post.place) ?? 0) + 1);
  }
  return {
    comments,
    captions,
    places: {
      names: [...places].map(([name, posts]) => ({ name, posts })).sort((a, b) => b.posts - a.posts || a.name.localeCompare(b.name)),
      postsWithPlace,
      posts: creator.posts.length,
    },
    bioLocation: bioLocation(creator.bio) ?? creator.businessContact?.city ?? null,
    followerLocationsVisible: false,
  };
}
