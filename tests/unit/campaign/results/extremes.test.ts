import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../lib/campaign/results/compute';
import { MAX_COLUMNS } from '../../../../lib/campaign/results/csv-read';
import { buildImport, prepareFile } from '../../../../lib/campaign/results/import-file';
import { springCampaign } from './fixtures';

const campaign = springCampaign();

function imported(text: string) {
  const prepared = prepareFile(text, 'codes.csv');
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
  const built = buildImport(prepared.file, prepared.file.guess, { id: 'imp-1', campaignId: campaign.id, now: new Date('2026-04-01T00:00:00Z') });
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  return built.record;
}

describe('results figures have sane bounds', () => {
  it('sets apart a revenue no code could bring (ROAS 25,000,000,000×) before it counts, with its line', () => {
    const record = imported('Discount code,Orders,Total sales\nALPHA10,3,120.00\nBETA10,1,3750000000000\n');
    expect(record.rows.map((r) => r.key)).toEqual(['ALPHA10']);
    expect(record.skipped).toEqual([{ line: 3, reason: 'outlier', value: '3750000000000' }]);
    const results = computeResults(campaign, new Map(), [record]);
    const beta = results.creators.find((c) => c.creator.promoCode === 'BETA10')!;
    expect(beta.revenue.value).toBe(0);
    expect(results.totals.revenue.value).toBe(120);
  });

  it('sets apart a figure 10,000 times the file’s typical one', () => {
    const lines = ['Discount code,Orders,Total sales', 'ALPHA10,2,80', 'BETA10,1,40', 'A1,1,35', 'A2,2,90', 'A3,1,55', 'A4,3,60', 'A5,1,9000000'];
    const record = imported(`${lines.join('\n')}\n`);
    expect(record.skipped).toEqual([{ line: 8, reason: 'outlier', value: '9000000' }]);
    expect(record.rows).toHaveLength(6);
  });

  it('control: a file of ordinary figures, big and small, is imported whole', () => {
    const record = imported('Discount code,Orders,Total sales\nALPHA10,3,120.00\nBETA10,420,61250.50\n');
    expect(record.rows.map((r) => r.revenue)).toEqual([120, 61250.5]);
    expect(record.skippedCount).toBe(0);
  });
});

describe('a very wide results file', () => {
  it('is refused at its first row with a one-line reason, without mapping 400,000 columns', () => {
    const header = Array.from({ length: 400_000 }, (_, i) => `c${i}`).join(',');
    const prepared = prepareFile(`${header}\n${header}\n`, 'wide.csv');
    expect(prepared).toEqual({ ok: false, error: { kind: 'read', error: { kind: 'too-many-columns', max: MAX_COLUMNS, line: 1 } } });
  });

  it(`control: ${MAX_COLUMNS} columns are read`, () => {
    const header = ['Discount code', 'Orders', ...Array.from({ length: MAX_COLUMNS - 2 }, (_, i) => `extra${i}`)].join(',');
    const prepared = prepareFile(`${header}\nALPHA10,3${',x'.repeat(MAX_COLUMNS - 2)}\n`, 'wide-ok.csv');
    expect(prepared.ok && prepared.file.block.headers).toHaveLength(MAX_COLUMNS);
  });
});
