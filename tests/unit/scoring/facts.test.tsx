// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ReportView } from '../../../components/report/ReportView';
import { emptyBrief } from '../../../lib/brief';
import { buildLocaleCatalogs } from '../../../lib/i18n/build-catalogs';
import { writeFact } from '../../../lib/i18n/facts';
import { nodeI18n } from '../../../lib/i18n/node';
import { ReportSchema } from '../../../lib/messages';
import { scoreSnapshot } from '../../../lib/scoring';
import { FactSchema, isPlural, type Fact, type FactArg } from '../../../lib/scoring/fact';
import type { Scores } from '../../../lib/scoring/types';
import type { ProfileSnapshot } from '../../../lib/snapshot';
import { CAPTURED, channelPage, genuinePosts, post, snapshot } from './helpers';

/**
 * Scoring returns facts (a message key and typed values), never sentences: the views write them
 * through one renderer (lib/i18n/facts.ts) in their language, and no sentence is built twice.
 */

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

const EARLIER = '2026-01-10T12:00:00.000Z';
const brief = {
  ...emptyBrief('Glow'),
  keywords: ['skincare', 'serum'],
  categories: ['Beauty'],
  languages: ['en', 'az'],
  competitors: ['RivalBrand'],
  avoidWords: ['casino'],
  followerRange: { min: 1_000, max: 10_000 },
  platforms: ['tiktok' as const],
};
const captions = [
  'My skincare routine with the new serum, a long caption in plain English about the morning',
  'Thanks @RivalBrand for the gift! Use my code GLOW20 for a discount',
  'Weekend at the casino with friends, no skincare today but a long caption in English again',
];

/** Snapshots that walk every score's paths: flags of each check, brief warnings, reach, too little data. */
function cases(): Array<{ name: string; page: ProfileSnapshot; history?: ProfileSnapshot[] }> {
  const bought = genuinePosts(200).map((p, i) => ({ ...p, likes: p.likes! + 1000, caption: captions[i % 3]!, hashtags: ['skincare'] }));
  return [
    { name: 'genuine', page: snapshot({ posts: genuinePosts(200) }) },
    { name: 'bought likes, brief warnings', page: snapshot({ bio: 'Skincare and serum reviews. Business: mail me', posts: bought }) },
    { name: 'low engagement, mass follow', page: snapshot({ followers: 3_000, following: 6_500, posts: genuinePosts(3) }) },
    {
      name: 'follower jump',
      page: snapshot({ followers: 32_000, posts: genuinePosts(300) }),
      history: [snapshot({ capturedAt: EARLIER, followers: 20_000, posts: genuinePosts(300, 12, EARLIER) })],
    },
    { name: 'one post', page: snapshot({ posts: [post(1, { likes: 300, comments: 5 })] }) },
    { name: 'likes hidden', page: snapshot({ likesHidden: true, posts: genuinePosts(100) }) },
    {
      name: 'tiktok, views low',
      page: snapshot({ platform: 'tiktok', followers: 200_000, posts: [1, 2, 3, 4].map((i) => post(i, { views: 300, likes: 30, comments: 1, shares: 0 })) }),
    },
    { name: 'youtube channel, views only', page: channelPage(CAPTURED, 30, { views: (i) => 8_000 + i * 400 }) },
    { name: 'no followers', page: snapshot({ followers: null, posts: genuinePosts(200) }) },
  ];
}

function allFacts(scores: Scores): Array<{ where: string; fact: unknown }> {
  const parts = {
    engagement: scores.engagement,
    reach: scores.reach ?? null,
    authenticity: scores.authenticity,
    brandFit: scores.brandFit,
    overall: scores.overall,
  };
  return [
    ...Object.entries(parts).flatMap(([name, part]) => (part ? part.reasons.map((fact) => ({ where: `${name}.reasons`, fact: fact })) : [])),
    ...scores.authenticity.flags.map((f) => ({ where: `flag ${f.id}`, fact: f.evidence })),
    ...(scores.brandFit?.warnings ?? []).map((w) => ({ where: `warning ${w.id}`, fact: w.evidence })),
  ];
}

const catalogs = buildLocaleCatalogs();
const placeholders = (message: string) => Math.max(0, ...(message.match(/\$\d/g) ?? []).map((m) => Number(m.slice(1))));

function keysOf(fact: Fact): string[] {
  const inner = (arg: FactArg): string[] =>
    arg.kind === 'list' ? arg.items.flatMap(inner) : arg.kind === 'fact' ? keysOf(arg.fact) : arg.kind === 'message' ? [arg.key] : [];
  return [...(isPlural(fact) ? [`${fact.plural}_one`, `${fact.plural}_other`] : [fact.key]), ...fact.args.flatMap(inner)];
}

describe('scoring returns facts', () => {
  const scored = cases().map((c) => ({ ...c, scores: scoreSnapshot(c.page, { history: c.history ?? [], brief }) }));

  it('gives no reason, flag evidence or warning as a plain string: each is a fact that passes the message schema', () => {
    const seen = new Set<string>();
    for (const { name, scores } of scored) {
      for (const { where, fact } of allFacts(scores)) {
        expect(typeof fact, `${name}: ${where}`).toBe('object');
        const parsed = FactSchema.safeParse(fact);
        expect(parsed.success, `${name}: ${where} ${JSON.stringify(fact)}`).toBe(true);
        seen.add(isPlural(fact as Fact) ? (fact as { plural: string }).plural : (fact as { key: string }).key);
      }
    }
    // The cases reach every check's flag and every brand-fit warning.
    for (const key of [
      'flag_rate_above_real',
      'flag_likes_even_real',
      'flag_mass_follow',
      'flag_follower_jump_flat',
      'flag_views_per_follower_low',
      'fit_warn_competitor_post',
      'fit_warn_avoid_word',
      'fit_warn_undisclosed',
    ])
      expect(seen, key).toContain(key);
  });

  it('says only messages both catalogues hold, with as many values as each message has substitutions', () => {
    for (const { name, scores } of scored) {
      for (const { where, fact } of allFacts(scores)) {
        const f = fact as Fact;
        for (const key of keysOf(f)) {
          expect(catalogs.en?.[key], `${name}: ${where}: ${key}`).toBeDefined();
          expect(catalogs.az?.[key], `${name}: ${where}: ${key} (az)`).toBeDefined();
        }
        const key = isPlural(f) ? `${f.plural}_other` : f.key;
        expect(f.args.length + (isPlural(f) ? 1 : 0), `${name}: ${where}: ${key}`).toBe(placeholders(catalogs.en![key]!.message));
      }
    }
  });

  it('keeps values typed, so each language writes them its own way', () => {
    const { scores } = scored[1]!;
    const flag = scores.authenticity.flags.find((f) => f.id === 'engagement-implausibly-high')!;
    expect(flag.evidence).toMatchObject({ key: 'flag_rate_above_real' });
    expect(flag.evidence.args.slice(0, 2)).toEqual([
      { kind: 'percent', value: flag.value },
      { kind: 'decimal', value: expect.any(Number), digits: 2 },
    ]);
    const [en, az] = [writeFact(flag.evidence, nodeI18n('en')), writeFact(flag.evidence, nodeI18n('az'))];
    expect(en).toMatch(/^Engagement \d+\.\d+% is \d+\.\d+× the typical 0\.97% for 10k–50k accounts/);
    expect(az).toContain('0,97');
    expect(az).toContain('10–50\u00a0min');
  });

  it('refuses a report whose reasons are sentences (the shape before facts) where a message arrives', () => {
    const { page, scores } = scored[0]!;
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify({ snapshot: page, scores }))).success).toBe(true);
    const written = { ...scores, overall: { ...scores.overall, reasons: ['Overall 58 = Engagement 50 × 50%.'] } };
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify({ snapshot: page, scores: written }))).success).toBe(false);
    const flagged = scored[1]!.scores;
    const badFlag = { ...flagged, authenticity: { ...flagged.authenticity, flags: [{ ...flagged.authenticity.flags[0]!, evidence: 'Engagement 6% is …' }] } };
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify({ snapshot: scored[1]!.page, scores: badFlag }))).success).toBe(false);
  });
});

describe('one place writes the sentences', () => {
  it('keeps the translator and the number formatters out of scoring', () => {
    const offenders = sources(join('lib', 'scoring')).flatMap((file) =>
      [...code(file).matchAll(/from '([^']*i18n\/(translate|format|plural|tier-label|node|facts|number)[^']*)'/g)].map((m) => `${file} → ${m[1]}`),
    );
    expect(offenders).toEqual([]);
  });

  it('writes no message that scoring says anywhere but the renderer: no view builds a reason, flag or warning itself', () => {
    const producers = [...sources(join('lib', 'scoring')), join('lib', 'verdicts', 'index.ts')];
    const said = new Set(producers.flatMap((file) => [...code(file).matchAll(/\b(?:fact|pluralFact|nested)\(\s*'(\w+)'/g)].map((m) => m[1]!)));
    expect(said.size).toBeGreaterThan(60);
    expect(said).toContain('reason_rate_vs_typical');
    const views = ['components', 'entrypoints', 'lib']
      .flatMap((dir) => sources(dir))
      .filter((f) => !producers.includes(f) && f !== join('lib', 'i18n', 'facts.ts'));
    const offenders = views.flatMap((file) =>
      [...code(file).matchAll(/\bt\(\s*['`](\w+)['`]/g)].filter((m) => said.has(m[1]!) || said.has(`${m[1]}_other`)).map((m) => `${file}: ${m[1]}`),
    );
    expect(offenders).toEqual([]);
  });

  it('shows the engagement sentence on the card once, above the reasons, in the card language', () => {
    const page = snapshot({ posts: genuinePosts(200) });
    for (const lang of ['en', 'az'] as const) {
      const i18n = nodeI18n(lang);
      const host = document.createElement('div');
      render(<ReportView report={{ snapshot: page, scores: scoreSnapshot(page, {}) }} i18n={i18n} open />, host);
      const sentence = writeFact(scoreSnapshot(page, {}).engagement.reasons[0]!, i18n);
      expect(host.querySelector('[data-testid="vetlens-engagement-rate"]')?.textContent).toBe(sentence);
      expect(host.textContent.split(sentence).length - 1).toBe(1);
      render(null, host);
    }
  });
});
