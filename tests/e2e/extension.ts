import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type BrowserContext, type Frame, type Locator, type Page } from '@playwright/test';
import { cardFrame, waitForReadyOverlay, type ExtensionSession } from '../../lib/cli/launch';
import { GUARD_DECIDED_ATTRIBUTE, GUARD_SIGHT_ATTRIBUTE } from '../../components/overlay/guard';
import { popupToContent } from '../../lib/protocol/channels';
import { encodeRequest } from '../../lib/protocol/define';
export { sharedSession, test } from './shared-browser';
export { FIXTURES, cardFrame, cardText, launchExtension, overlay, waitForReadyOverlay, type ExtensionSession } from '../../lib/cli/launch';

/**
 * A page of the extension's own origin (its popup), to read what the extension stored: the same
 * IndexedDB the popup sees. The popup opens the store with the extension's schema. Its manifest page,
 * which runs none of the extension's code, was tried instead (2026-12-08): in a fresh profile the
 * store did not appear there within 10 s in most runs of forged-embedded.spec.ts, so the popup stays.
 */
export async function extensionDocument(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return page;
}

/**
 * The test's one extension document for reading the store (`extensionDocument`), opened at its first
 * read and kept until the test ends (the shared browser's reset closes it with the test's other
 * pages). A test that polls the store reads it again in the same page: opening and drawing the
 * popup for every read cost about 0.35 s of CPU each (2026-12-08), many times in a polling test.
 */
export async function storeDocument(session: ExtensionSession): Promise<Page> {
  const kept = storeDocuments.get(session.context);
  if (kept && !kept.isClosed()) return kept;
  const page = await extensionDocument(session);
  storeDocuments.set(session.context, page);
  return page;
}

const storeDocuments = new WeakMap<BrowserContext, Page>();

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

/**
 * The card frame's root element, where the press guard writes what it has settled
 * (components/overlay/guard.ts): what the browser last said of the card's visibility, and how many
 * presses it has decided. Tests wait on these instead of on the clock.
 */
async function cardRoot(page: Page) {
  return (await cardFrame(page)).locator('html');
}

/** Waits until the browser's latest visibility reading of the card, as the press guard holds it, is `sight`. */
export async function expectCardSight(page: Page, sight: 'visible' | 'hidden'): Promise<void> {
  await expect(await cardRoot(page)).toHaveAttribute(GUARD_SIGHT_ATTRIBUTE, sight);
}

/** Waits until the press guard has decided (acted on or refused) exactly `count` of the person's presses. */
export async function expectPressesDecided(page: Page, count: number): Promise<void> {
  await expect(await cardRoot(page)).toHaveAttribute(GUARD_DECIDED_ATTRIBUTE, String(count));
}

/**
 * Shortlists the creator on `page` as the person does: brings the tab to the front (the guard
 * refuses presses in a background tab), clicks the card's shortlist button and waits for its yes.
 */
export async function shortlistThisPage(page: Page): Promise<void> {
  await page.bringToFront();
  const toggle = (await waitForReadyOverlay(page)).getByTestId('vetlens-shortlist');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

/** The card's "this post / this video" rows, each as [count, what it shows, exact | rounded | no]. */
export async function thisPostRows(card: Locator): Promise<string[][]> {
  const block = card.getByTestId('vetlens-this-post');
  await expect(block).toBeVisible();
  return block
    .locator('[data-metric]')
    .evaluateAll((rows) =>
      rows.map((row) => [row.getAttribute('data-metric') ?? '', row.querySelector('dd')?.textContent ?? '', row.getAttribute('data-shown') ?? '']),
    );
}

/** The card's "this post against the creator's usual" table: its title, then each row as [count, this post, usual, ratio]. */
export async function thisPostAgainstUsual(card: Locator): Promise<string[][]> {
  const block = card.getByTestId('vetlens-vs-usual');
  await expect(block).toBeVisible();
  return block.evaluate((table) => [
    [table.querySelector('h4, p')?.textContent ?? ''],
    ...[...table.querySelectorAll('tr[data-metric]')].map((row) => [
      row.getAttribute('data-metric') ?? '',
      ...[...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
    ]),
  ]);
}

/**
 * What Vetlens's content script in the tab at `url` has decided about its page (the state the popup
 * asks for: `{ status: 'none' }` once it has looked and found no creator), asked from the extension's
 * worker; null while no content script answers there yet.
 */
export async function tabStateAt(session: ExtensionSession, url: string): Promise<unknown> {
  const worker = session.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${session.extensionId}/`));
  if (!worker) return null;
  const ask = encodeRequest(popupToContent, 'current-state', {});
  return worker.evaluate(
    async ({ address, message }) => {
      const [tab] = await chrome.tabs.query({ url: address });
      if (tab?.id === undefined) return null;
      return chrome.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => null);
    },
    { address: url, message: ask },
  );
}

declare const chrome: {
  tabs: {
    query(filter: { url: string }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
};
