import { describe, expect, it } from 'vitest';
import { openVetlensDB } from '../../../lib/storage/db';
import { creatorVerdicts, explainFlag, restoreVerdict, unexplainFlag } from '../../../lib/storage/verdicts';
import { judgeGrowthFlags, judgeScoreFlags } from '../../../lib/verdicts';
import type { AuthenticityScore, BrandFitScore } from '../../../lib/scoring/types';
import type { GrowthSignals } from '../../../lib/dossier/types';
import { writeFact } from '../../../lib/i18n/facts';
import { nodeI18n } from '../../../lib/i18n/node';

const NOW = new Date('2026-12-07T12:00:00Z');
const KEY = 'instagram:lena';

const authenticity = {
  flags: [
    { id: 'comment-rate-low', severity: 'warn', evidence: 'Comments are 0.1% of likes' },
    { id: 'follower-spike', severity: 'severe', evidence: 'Followers rose 40% in a day' },
  ],
} as unknown as AuthenticityScore;
const brandFit = {
  warnings: [{ id: 'undisclosed-sponsorship', evidence: 'Looks sponsored: post p3 tags @glowbrand', postId: 'p3' }],
} as unknown as BrandFitScore;
const growth: GrowthSignals = {
  followersPerDay: null,
  ceiling: { perDay: 1000, source: 'x', year: 2024 },
  aboveCeiling: false,
  span: null,
  drops: [{ id: 'p9', url: null, metric: 'likes', before: 5000, after: 3100, from: '2026-12-01T00:00:00Z', to: '2026-12-05T00:00:00Z' }],
};

function db() {
  return openVetlensDB(`verdicts-${Math.random()}`);
}

describe('the marketer’s verdicts on flags', () => {
  it('a flag marked explained keeps its evidence, shows the note, and no longer counts as open', async () => {
    const store = db();
    await explainFlag(store, KEY, 'brandFit:undisclosed-sponsorship:p3', '  Paid gift from our own client, disclosed in stories ', NOW);
    const flags = judgeScoreFlags({ authenticity, brandFit }, await creatorVerdicts(store, KEY));
    expect(flags).toEqual([
      { flag: 'authenticity:comment-rate-low', evidence: 'Comments are 0.1% of likes', open: true, explained: null },
      { flag: 'authenticity:follower-spike', evidence: 'Followers rose 40% in a day', open: true, explained: null },
      {
        flag: 'brandFit:undisclosed-sponsorship:p3',
        evidence: 'Looks sponsored: post p3 tags @glowbrand',
        open: false,
        explained: 'Paid gift from our own client, disclosed in stories',
      },
    ]);
  });

  it('taking a verdict back makes the flag count again, and undo puts back exactly what was there', async () => {
    const store = db();
    const flag = 'authenticity:follower-spike';
    expect(await explainFlag(store, KEY, flag, 'A TV appearance that day', NOW)).toBeNull();
    const replaced = await explainFlag(store, KEY, flag, 'TV appearance on 3 December', new Date('2026-12-07T13:00:00Z'));
    expect(replaced?.note).toBe('A TV appearance that day');
    await restoreVerdict(store, KEY, flag, replaced);
    expect((await creatorVerdicts(store, KEY)).map((v) => v.note)).toEqual(['A TV appearance that day']);

    const removed = await unexplainFlag(store, KEY, flag);
    expect(judgeScoreFlags({ authenticity, brandFit: null }, await creatorVerdicts(store, KEY))[1]).toMatchObject({ flag, open: true, explained: null });
    await restoreVerdict(store, KEY, flag, removed);
    expect(judgeScoreFlags({ authenticity, brandFit: null }, await creatorVerdicts(store, KEY))[1]).toMatchObject({
      open: false,
      explained: 'A TV appearance that day',
    });
  });

  it('refuses an empty note, and keeps another creator’s verdicts apart', async () => {
    const store = db();
    await expect(explainFlag(store, KEY, 'authenticity:follower-spike', '   ', NOW)).rejects.toThrow('an explanation needs a note');
    await explainFlag(store, 'instagram:other', 'authenticity:follower-spike', 'Known', NOW);
    expect(await creatorVerdicts(store, KEY)).toEqual([]);
  });

  it('a growth drop can be explained like any other flag', () => {
    const verdicts = [{ creatorKey: KEY, flag: 'growth:drop:p9:likes', note: 'Giveaway likes the platform removed', explainedAt: NOW.toISOString() }];
    const [drop] = judgeGrowthFlags(growth, verdicts);
    expect(drop).toMatchObject({ flag: 'growth:drop:p9:likes', open: false, explained: 'Giveaway likes the platform removed' });
    expect(writeFact(drop!.evidence, nodeI18n('en'))).toContain('p9');
  });
});
