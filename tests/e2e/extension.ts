import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Frame, type Page } from '@playwright/test';
import { cardFrame, type ExtensionSession } from '../../lib/cli/launch';
export { FIXTURES, cardFrame, cardText, launchExtension, overlay, waitForReadyOverlay, type ExtensionSession } from '../../lib/cli/launch';

/** Writes and saves a first brief ("Travel brief", keyword "travel") in the side panel, which makes it the one in use. */
export async function saveTravelBrief(session: ExtensionSession): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await panel.getByTestId('tab-briefs').click();
  await panel.getByTestId('brief-name').fill('Travel brief');
  await panel.getByTestId('brief-keywords').fill('travel');
  await panel.getByTestId('brief-save').click();
  await expect(panel.getByTestId('brief-status')).toContainText('now in use');
  return panel;
}

/**
 * Evaluates an expression in the open side panel, which Playwright does not list as a page: through
 * the DevTools protocol of `page`, attached to the panel's target. Null while no side panel is open.
 */
export async function evaluateInSidePanel(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const panel = targetInfos.find((t) => t.type === 'page' && t.url.startsWith('chrome-extension://') && t.url.includes('/sidepanel.html'));
    if (!panel) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
    const answer = new Promise<unknown>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
        const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (event.sessionId === sessionId && message.id === 1) resolve(message.result?.result?.value ?? null);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    });
    return await answer;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * axe-core's findings ("id: help") in the card's own frame (cardFrame). The frame is a part of the
 * creator's page, not a page of its own: the rules that want a whole page (one main landmark, a
 * level-one heading) belong to the page around it.
 */
export async function axeViolations(frame: Frame): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(source);
  return frame.evaluate(async () => {
    type Axe = { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; help: string }> }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const pageRules = { 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } };
    return (await axe.run(document, { rules: pageRules })).violations.map((v) => `${v.id}: ${v.help}`);
  });
}

/** Presses Tab, as the person does, until the card's control with this test id has the focus (at most 12 times). */
export async function tabTo(page: Page, testId: string): Promise<void> {
  const frame = await cardFrame(page);
  for (let i = 0; i < 12; i++) {
    if (await frame.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId} in the card`);
}
