import type { BrandBrief } from '../../lib/brief';
import { splitList } from '../../lib/storage/briefs';
import { parseTypedCount } from '../../lib/i18n/number';
import type { I18n } from '../../lib/i18n/translate';
import type { Platform } from '../../lib/snapshot';

/** The brief form as typed: lists as comma-separated text, follower counts as text. */
export interface FormState {
  name: string;
  keywords: string;
  categories: string[];
  languages: string;
  competitors: string;
  avoidWords: string;
  min: string;
  max: string;
  platforms: Platform[];
}

export function formFrom(brief: BrandBrief): FormState {
  return {
    name: brief.name,
    keywords: brief.keywords.join(', '),
    categories: [...brief.categories],
    languages: brief.languages.join(', '),
    competitors: brief.competitors.join(', '),
    avoidWords: brief.avoidWords.join(', '),
    min: brief.followerRange.min === null ? '' : String(brief.followerRange.min),
    max: brief.followerRange.max === null ? '' : String(brief.followerRange.max),
    platforms: [...brief.platforms],
  };
}

/** The form as a brief, or the first thing wrong with it in the marketer's words. */
export function briefFrom(form: FormState, i18n: I18n): { ok: true; brief: BrandBrief } | { ok: false; error: string } {
  const min = parseTypedCount(form.min);
  const max = parseTypedCount(form.max);
  if (min === undefined) return { ok: false, error: i18n.t('briefs_error_number', form.min) };
  if (max === undefined) return { ok: false, error: i18n.t('briefs_error_number', form.max) };
  const languages = splitList(form.languages).map((l) => l.toLowerCase());
  const badLanguage = languages.find((l) => !/^[a-z]{2}$/.test(l));
  if (badLanguage) return { ok: false, error: i18n.t('briefs_error_language', badLanguage) };
  return {
    ok: true,
    brief: {
      name: form.name.trim(),
      keywords: splitList(form.keywords),
      categories: form.categories,
      languages,
      competitors: splitList(form.competitors),
      avoidWords: splitList(form.avoidWords),
      followerRange: { min, max },
      platforms: form.platforms,
    },
  };
}
