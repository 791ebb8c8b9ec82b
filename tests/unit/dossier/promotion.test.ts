import { describe, expect, it } from 'vitest';
import { captionDisclosesAd, promotionCue } from '../../../lib/dossier/promotion';
import { matchingLines, sourceFiles } from '../helpers/sources';

describe('disclosures and promotion cues', () => {
  it('reads a disclosure from a hashtag, written in the caption or given apart, or from words', () => {
    expect(captionDisclosesAd('Spring table #Reklâm', [])).toBe(true);
    expect(captionDisclosesAd('Spring table', ['işbirliyi'])).toBe(true);
    expect(captionDisclosesAd('This video was sponsored by Glow', [])).toBe(true);
    expect(captionDisclosesAd('Spring table #adventure', ['adventure'])).toBe(false);
    expect(captionDisclosesAd(null, [])).toBe(false);
  });

  it("knows the disclosures of the pages' languages that a narrower copy of the list once missed", () => {
    for (const disclosed of ['#işbirliyi', '#collab', '#publicidade', '#реклама', 'Sponsored by Glow.', 'Bu video Glow ilə əməkdaşlıq çərçivəsindədir.']) {
      expect(captionDisclosesAd(`Use code GLOW20 ${disclosed}`, [])).toBe(true);
    }
  });

  it('names the first promotion cue in a caption, or none', () => {
    expect(promotionCue('Use my code GLOW20 for 20% off')).toBe('Use my code');
    expect(promotionCue('Endirim kodu GLOW20')).toBe('Endirim');
    expect(promotionCue('Sunset at the beach')).toBeNull();
  });

  it('has one home: no other shipped file keeps its own list of disclosure words or promotion cues', () => {
    // Words only a disclosure or cue list holds; a second list drifts (the results view once missed #reklama).
    const lists = /'(sponsoredpost|paidpartnership|publicite)'|paid partnership\||promo \?code|promokod/;
    const files = sourceFiles().filter((file) => file !== 'lib/dossier/promotion.ts');
    expect(files.length).toBeGreaterThan(100);
    expect(matchingLines(files, lists)).toEqual([]);
  });
});
