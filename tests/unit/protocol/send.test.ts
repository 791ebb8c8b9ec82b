import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InvalidAnswerError } from '../../../lib/protocol/define';
import { announceToExtension, sendPopupToContent, sendToWorker } from '../../../lib/protocol/send';

const ITEM = { creatorKey: 'instagram:lena.travels', capturedAt: '2024-11-25T12:00:00.000Z' };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the send helpers', () => {
  it('send the message with its two-ended type and return the checked answer', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, forgotten: 2 });
    const answer = await sendToWorker('forget', { items: [ITEM] });
    expect(answer).toEqual({ ok: true, forgotten: 2 });
    expect(sent.mock.calls).toEqual([[{ type: 'content-to-worker:forget', items: [ITEM] }]]);
  });

  it('try the worker once more when it was stopped while the message was in flight', async () => {
    const sent = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true });
    expect(await sendToWorker('open-briefs', {})).toEqual({ ok: true });
    expect(sent).toHaveBeenCalledTimes(2);
  });

  it('reject an answer out of shape rather than return it', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, forgotten: 'two' });
    await expect(sendToWorker('forget', { items: [ITEM] })).rejects.toBeInstanceOf(InvalidAnswerError);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue('behind a dialog');
    await expect(sendPopupToContent(5, 'card-hidden', {})).rejects.toThrow('invalid answer to popup-to-content:card-hidden');
  });

  it("ask a tab's top frame, where Vetlens reads the page", async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(null);
    expect(await sendPopupToContent(5, 'card-hidden', {})).toBe(null);
    expect(sent.mock.calls).toEqual([[5, { type: 'popup-to-content:card-hidden' }, { frameId: 0 }]]);
  });

  it('expect no answer to a broadcast, and refuse one', async () => {
    const view = { seq: 1, state: null, layout: { floating: false, collapsed: false, pageHid: null }, scoredFrom: 1 };
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(announceToExtension('card-state', view)).resolves.toBeUndefined();
    expect(sent.mock.calls).toEqual([[{ type: 'content-to-extension:card-state', ...view }]]);
    sent.mockResolvedValue({ ok: true });
    await expect(announceToExtension('card-state', view)).rejects.toBeInstanceOf(InvalidAnswerError);
  });
});
