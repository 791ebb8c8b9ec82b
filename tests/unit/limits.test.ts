import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINKS_PER_PROFILE, MIN_POST_AGE_HOURS, MIN_POST_AGE_MS, POST_LIMITS, SCORING_HISTORY_VISITS } from '../../lib/limits';
import { scoreEngagement } from '../../lib/scoring/engagement';
import { ROOT, matchingLines, sourceFiles } from './helpers/sources';
import { CAPTURED, inWords, post, snapshot } from './scoring/helpers';

/**
 * The scoring window, the post age and the limits on posts have one home, lib/limits.ts: code, test
 * titles and the catalogues' sentences take them from there.
 */

// A released migration keeps the numbers it ran with (lib/storage/migrations/README.md): frozen, not today's limits.
const CODE = sourceFiles().filter((file) => file !== 'lib/limits.ts' && !file.startsWith('lib/storage/migrations/'));

describe('the limits on posts', () => {
  it('states each limit once, in lib/limits.ts', () => {
    expect({ MIN_POST_AGE_HOURS, MIN_POST_AGE_MS, POST_LIMITS, SCORING_HISTORY_VISITS, LINKS_PER_PROFILE }).toEqual({
      MIN_POST_AGE_HOURS: 48,
      MIN_POST_AGE_MS: 172_800_000,
      POST_LIMITS: { perSnapshot: 500, perVisit: 100, keptByCompaction: 60, scoringWindow: 30 },
      SCORING_HISTORY_VISITS: 50,
      LINKS_PER_PROFILE: 50,
    });
  });

  it('is written as a number nowhere else in the code', () => {
    const written = [
      // the post age in milliseconds
      /\b48\s*\*\s*(?:3[_]?600|60\s*\*\s*60)/,
      // a window, a history or a cap on posts or links given as a number
      /\b(?:MAX_POSTS|neededPosts|maxPosts|SCORING_HISTORY|posts|links)\s*[:=]\s*[1-9]/,
      /\b(?:posts|links)\)?\]?\.slice\(\s*0\s*,\s*\d/,
      /\b(?:posts|links): z\.array\([^)]*\)\.check\(z\.maxLength\(\d/,
    ];
    expect(written.flatMap((pattern) => matchingLines(CODE, pattern))).toEqual([]);
  });

  it('is an argument of the catalogue sentences that state it, in both languages', () => {
    const values = new Set([MIN_POST_AGE_HOURS, ...Object.values(POST_LIMITS)].map(String));
    const offenders: string[] = [];
    for (const language of ['en', 'az']) {
      const dir = join(ROOT, 'lib', 'i18n', 'locales', language);
      for (const file of ['scoring.json', 'overlay.json', 'card.json', 'report.json', 'sidepanel.json', 'common.json']) {
        const catalogue = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, { message: string }>;
        for (const [key, { message }] of Object.entries(catalogue)) {
          const aboutPosts = /\b(post|video|hour|saat)/i.test(message);
          const numbers = message.match(/(?<![\d$.,])\d+(?![\d.,%]\d|%)/g) ?? [];
          if (aboutPosts && numbers.some((n) => values.has(n))) offenders.push(`${language}/${file} ${key}: ${message}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('says the age and the window it used, from the limits, when it leaves posts out', () => {
    const young = new Date(Date.parse(CAPTURED) - MIN_POST_AGE_MS + 3_600_000).toISOString();
    const liked = { likes: 200, comments: 10 };
    const s = snapshot({
      posts: [post(0, { ...liked, id: 'young', publishedAt: young }), post(1, { ...liked, pinned: true }), post(2, liked), post(3, liked)],
    });
    expect(inWords(scoreEngagement(s).reasons, 'en')).toContain('Posts left out: 2 (pinned, younger than 48 hours, or beyond the latest 30).');
    expect(inWords(scoreEngagement(s).reasons, 'az')).toContain(
      'Nəzərə alınmayan postlar: 2 (bərkidilmiş, son 48 saatda paylaşılmış və ya son 30 postdan əvvəlki).',
    );
  });

  it('is taken from lib/limits.ts by the tests too, in their titles and expected ids', () => {
    const tests = sourceFiles(['tests'], /\.(ts|tsx)$/).filter((file) => file !== 'tests/unit/limits.test.ts');
    expect(tests.length).toBeGreaterThan(50);
    expect(matchingLines(tests, /\b(?:younger|older)[- ]than[- ]48\b|\bthan-48h\b|\blatest[- ]30\b|\bbeyond-latest/)).toEqual([]);
  });
});
