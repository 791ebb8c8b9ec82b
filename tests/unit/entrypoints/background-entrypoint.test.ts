import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { makeSnapshot } from '../helpers/snapshots';

describe('background entrypoint', () => {
  it('answers a content script snapshot through runtime.onMessage', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    background.main();
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.instagram.com/lena.travels/', tab: { id: 1 } };
    const [response] = await fakeBrowser.runtime.onMessage.trigger({ type: 'content-to-worker:snapshot', snapshot: makeSnapshot() }, sender as never);
    expect(response).toMatchObject({ ok: true, creatorKey: 'instagram:lena.travels' });
  });
});
