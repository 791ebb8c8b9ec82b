import { avoidWord } from './avoid-word';
import { competitor } from './competitor';
import { followers } from './followers';
import { language } from './language';
import { platform } from './platform';
import { text } from './text';
import { undisclosedSponsorship } from './undisclosed-sponsorship';

/**
 * The brand-fit checks, in the order their reasons are listed: the parts of the fit score, then the
 * warnings. A check is one file here, named by its id; tests/unit/scoring/checks/registry.test.ts
 * fails on a file left out of this list.
 */
export const BRAND_FIT_CHECKS = [text, language, followers, platform, competitor, avoidWord, undisclosedSponsorship] as const;

export type BrandFitCheckId = (typeof BRAND_FIT_CHECKS)[number]['id'];
