import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS_FILE, messageKeysSource } from '../../../lib/i18n/generate-keys';
import { messageKey } from '../../../lib/i18n/keys';
import { nodeI18n } from '../../../lib/i18n/node';
import { plural } from '../../../lib/i18n/plural';

describe('typed message keys', () => {
  it("lib/i18n/message-keys.ts is the catalogue's keys as they are now (npm run i18n:keys)", async () => {
    expect(readFileSync(MESSAGE_KEYS_FILE, 'utf8')).toBe(await messageKeysSource());
  });

  it('turns an enum value into the key part it names, typed', () => {
    const key: 'results_skip_no_key' = messageKey('results_skip', 'no-key');
    expect(key).toBe('results_skip_no_key');
    expect(messageKey('check', 'comments-per-like-out-of-range')).toBe('check_comments_per_like_out_of_range');
  });
});

describe('plural messages', () => {
  it('says "1 post" and "2 posts" in English, with the count written by the locale', () => {
    const en = nodeI18n('en');
    expect(plural(en, 'reason_too_few_posts', 1, 3)).toBe('Only 1 post with visible counts (at least 3 needed): the rate is shown without a score.');
    expect(plural(en, 'reason_too_few_posts', 2, 3)).toBe('Only 2 posts with visible counts (at least 3 needed): the rate is shown without a score.');
    expect(plural(en, 'reason_rate_from_posts', 12_000, '1.5%')).toBe('Median engagement 1.5% over 12,000 recent posts.');
    expect(plural(en, 'reason_rate_from_posts', 1, '1.5%')).toBe('Engagement 1.5% on the one recent post.');
  });

  it("uses the Azerbaijani forms and digits without the browser's Azerbaijani data", () => {
    const az = nodeI18n('az');
    expect(plural(az, 'reason_rate_from_posts', 1, '1,5%')).toBe('Son post üzrə iştirak səviyyəsi: 1,5%.');
    expect(plural(az, 'reason_rate_from_posts', 12_000, '1,5%')).toBe('Son 12.000 post üzrə median iştirak səviyyəsi: 1,5%.');
  });
});
