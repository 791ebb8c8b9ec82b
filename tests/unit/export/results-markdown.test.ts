import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../lib/campaign/results/compute';
import { resultsLines } from '../../../lib/export/results-markdown';
import { nodeI18n } from '../../../lib/i18n/node';
import { importOf, post, springCampaign, visit } from '../campaign/results/fixtures';

/** A results section whose one seen post has the given address. */
function sourcesLine(url: string): string {
  const campaign = springCampaign();
  const visits = new Map([
    [
      'tiktok:vetlens_beta',
      [visit('vetlens_beta', '2026-03-10T10:00:00.000Z', [post('b1', { url, caption: 'shop.example/spring?utm_content=vetlens_beta' })])],
    ],
  ]);
  const results = computeResults(campaign, visits, [importOf('shopify-sales-by-discount.csv', campaign, undefined, 'shop')]);
  const lines = resultsLines(campaign, results, nodeI18n('en'), new Date('2026-03-20T12:00:00Z'));
  return lines.find((line) => line.startsWith('- @vetlens\\_beta: '))!;
}

describe('the results section of the Markdown brief', () => {
  it('writes a post address as a link the way the rest of the brief does, characters that would end it encoded', () => {
    expect(sourcesLine('https://www.tiktok.com/@vetlens_beta/video/b1?a=1|2')).toBe(
      '- @vetlens\\_beta: <https://www.tiktok.com/@vetlens_beta/video/b1?a=1%7C2> (tracking link; not marked as an ad)',
    );
  });

  it('never writes a non-web address as a link: the post is named by its escaped id instead', () => {
    expect(sourcesLine('javascript:alert(1)')).toBe('- @vetlens\\_beta: b1 (tracking link; not marked as an ad)');
  });
});
