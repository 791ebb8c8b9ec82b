import * as z from 'zod/mini';
import { PLATFORMS, PlatformSchema } from './snapshot';

/**
 * A brand brief, the marketer's own description of a campaign's brand. This JSON shape is shared by
 * `npm run vet --brand`, the side panel's import and export, and the store.
 */
const Words = z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(500));

/** Strict: a field this schema does not know is refused by name, never silently dropped. */
export const BrandBriefSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  keywords: Words,
  /** IAB Content Taxonomy 3.1 names. */
  categories: Words,
  /** ISO 639-1 codes. */
  languages: z.array(z.string().check(z.regex(/^[a-z]{2}$/))).check(z.maxLength(50)),
  competitors: Words,
  avoidWords: Words,
  followerRange: z.strictObject({
    min: z.nullable(z.number().check(z.nonnegative(), z.lte(1e13))),
    max: z.nullable(z.number().check(z.nonnegative(), z.lte(1e13))),
  }),
  platforms: z.array(PlatformSchema),
});
export type BrandBrief = z.infer<typeof BrandBriefSchema>;

export function emptyBrief(name: string): BrandBrief {
  return {
    name,
    keywords: [],
    categories: [],
    languages: [],
    competitors: [],
    avoidWords: [],
    followerRange: { min: null, max: null },
    platforms: [...PLATFORMS],
  };
}
