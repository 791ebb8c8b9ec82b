import { describe, expect, it } from 'vitest';
import { isFromWorker } from '../../lib/card-messages';

describe('isFromWorker', () => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  const worker = { id, url: `chrome-extension://${id}/background.js` };

  it('takes the extension’s own service worker', () => {
    expect(isFromWorker(worker, id, 'background.js')).toBe(true);
  });

  it('refuses a content script (it has a tab), another page of the extension, another extension, or no address', () => {
    expect(isFromWorker({ ...worker, tab: { id: 3 } }, id, 'background.js')).toBe(false);
    expect(isFromWorker({ ...worker, url: `chrome-extension://${id}/sidepanel.html` }, id, 'background.js')).toBe(false);
    expect(isFromWorker({ id: 'another', url: 'chrome-extension://another/background.js' }, id, 'background.js')).toBe(false);
    expect(isFromWorker({ id, url: `chrome-extension://another/background.js` }, id, 'background.js')).toBe(false);
    expect(isFromWorker({ id, url: 'https://www.instagram.com/background.js' }, id, 'background.js')).toBe(false);
    expect(isFromWorker({ id }, id, 'background.js')).toBe(false);
    expect(isFromWorker(worker, id, '')).toBe(false);
  });
});
