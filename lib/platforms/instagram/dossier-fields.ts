import { MAX_COMMENT_TEXTS, type ProfileSnapshot } from '../../snapshot';
import { asArray, asString, dig, isObject, type JsonObject } from '../json';

const MAX_COMMENT_CHARS = 500;

/**
 * The profile's public business contact, as web_profile_info gives it (`business_email`,
 * `business_phone_number`, and the city of `business_address_json`); undefined when it gives none.
 */
export function businessContactOf(user: JsonObject): ProfileSnapshot['businessContact'] {
  const email = asString(user.business_email)?.trim().slice(0, 320) || null;
  const phone = asString(user.business_phone_number)?.trim().slice(0, 40) || null;
  let city: string | null = null;
  const address = asString(user.business_address_json);
  if (address) {
    try {
      city =
        asString(dig(JSON.parse(address), 'city_name'))
          ?.trim()
          .slice(0, 200) || null;
    } catch {
      city = null;
    }
  }
  return email || phone || city ? { email, phone, city } : undefined;
}

/** The place tagged on a media object (`location.name`), or null. */
export function placeOf(media: JsonObject): string | null {
  return (
    asString(dig(media, 'location', 'name'))
      ?.trim()
      .slice(0, 200) || null
  );
}

/**
 * The text of the comments a media object carries: the preview `comments[]` of the timeline, and
 * the post page's `edge_media_to_parent_comment` / `edge_media_to_comment` edges. Text only.
 */
export function commentTextsOf(media: JsonObject): string[] {
  const texts: string[] = [];
  const add = (value: unknown) => {
    const text = asString(value)?.replace(/\s+/g, ' ').trim();
    if (text && texts.length < MAX_COMMENT_TEXTS) texts.push(text.slice(0, MAX_COMMENT_CHARS));
  };
  for (const comment of asArray(media.comments)) if (isObject(comment)) add(comment.text);
  for (const edgeName of ['edge_media_to_parent_comment', 'edge_media_to_comment']) {
    for (const edge of asArray(dig(media, edgeName, 'edges'))) add(dig(edge, 'node', 'text'));
  }
  return texts;
}
