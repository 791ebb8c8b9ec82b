import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeI18n } from '../i18n/node';
import { instagramClipsSeries, instagramTimelineSeries, tiktokNextDataSeries } from '../eval/real';
import { formatEvaluation } from '../eval/report';
import { runEvaluation, thresholdsMet } from '../eval/run';

/** `npm run eval [-- --seed N --per-tier N]`: prints the evaluation and writes docs/evaluation.md. */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
}

/** The real captures copied into tests/fixtures (see tests/fixtures/SOURCES.md). */
function fixture(name: string, platform: string): string {
  return readFileSync(join(root, 'tests', 'fixtures', platform, name), 'utf8');
}

const profile = fixture('ig_web_profile_info_anasaiaofficial_2024-03_edge_crawlinsta.json', 'instagram');
const real = [
  { label: '@anasaiaofficial timeline (IG, 2024-03)', series: { snapshot: instagramTimelineSeries(profile, fixture('ig_user_timeline_graphql_anasaiaofficial_2024-03_crawlinsta.json', 'instagram'), '2024-03-05T00:00:00.000Z'), history: [] } },
  { label: '@anasaiaofficial reels (IG, 2024-03)', series: { snapshot: instagramClipsSeries(profile, fixture('ig_clips_user_graphql_anasaiaofficial_2024-03_crawlinsta.json', 'instagram'), '2024-03-05T00:00:00.000Z'), history: [] } },
  { label: '@tiktok videos (TikTok, 2021-01)', series: { snapshot: tiktokNextDataSeries(fixture('tt_profile_tiktok_2021-01_NEXT_DATA_excerpt_tiktok-scraper.html', 'tiktok'), '2021-01-06T00:00:00.000Z'), history: [] } },
];

const result = runEvaluation({ seed: arg('seed', 2026), perTier: arg('per-tier', 200), real, i18n: nodeI18n('en') });
const markdown = formatEvaluation(result);
process.stdout.write(markdown);
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs', 'evaluation.md'), markdown);
const failed = Object.entries(thresholdsMet(result)).filter(([, ok]) => !ok);
if (failed.length) {
  process.stderr.write(`\nThresholds not met: ${failed.map(([k]) => k).join('; ')}\n`);
  process.exitCode = 1;
}
