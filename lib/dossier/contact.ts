import type { ProfileSnapshot } from '../snapshot';
import type { PublicContact } from './types';

const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}/gu;
/** International numbers only ("+994 50 123 45 67"): a bare run of digits may be anything. */
const PHONE = /\+\d{1,3}[\d\s().-]{7,16}\d/g;

/**
 * Public contact as the page shows it: emails and international phone numbers written in the bio,
 * the profile's business email and phone where the page gives them, and the bio's links. Nothing is
 * fetched or guessed.
 */
export function publicContact(creator: Pick<ProfileSnapshot, 'bio' | 'links' | 'businessContact'>): PublicContact {
  const bio = creator.bio ?? '';
  const emails = new Set<string>();
  for (const m of bio.matchAll(EMAIL)) emails.add(m[0].replace(/\.+$/, '').toLowerCase());
  if (creator.businessContact?.email) emails.add(creator.businessContact.email.toLowerCase());
  const phones = new Set<string>();
  for (const m of bio.matchAll(PHONE)) phones.add(m[0].replace(/\s+/g, ' ').trim());
  if (creator.businessContact?.phone) phones.add(creator.businessContact.phone);
  return { emails: [...emails], phones: [...phones], links: [...creator.links] };
}
