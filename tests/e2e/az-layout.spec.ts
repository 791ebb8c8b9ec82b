import { expect, type Page } from '@playwright/test';
import { sharedSession, shortlistThisPage, test, waitForReadyOverlay, type ExtensionSession } from './extension';

/**
 * The Azerbaijani interface at its narrowest: side panel tabs at 320 px break between words only,
 * the popup's score line stays on one line at 380 px, and the card's four score values line up even
 * where a title takes two lines. Screenshots go to test-results/ for a person to look at.
 */
const PROFILE = 'https://www.instagram.com/lena.travels/';
const FIXTURE = 'instagram/built/rendered-profile.html';

const sessions: ExtensionSession[] = [];
test.afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

/** Words of an element's text that the browser split over two lines. */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const text = element.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const broken: string[] = [];
      for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
      return broken;
    }),
  );
}

test('in Azerbaijani at 320 px: tabs whole words, the popup score line on one line, the card values aligned', async () => {
  const session = await sharedSession({ lang: 'az' });
  sessions.push(session);
  session.servePage(PROFILE, FIXTURE);
  const tab = await session.context.newPage();
  await tab.setViewportSize({ width: 320, height: 800 });
  await tab.goto(PROFILE);
  const card = await waitForReadyOverlay(tab);
  await shortlistThisPage(tab);
  // The score values of the boxes in one row of the card sit on one line, whatever their titles' length.
  const boxes = await card.locator('.vl-score').evaluateAll((els) =>
    els.map((el) => ({
      row: Math.round(el.getBoundingClientRect().top),
      value: Math.round(el.querySelector('.vl-score-value')!.getBoundingClientRect().top),
    })),
  );
  expect(boxes).toHaveLength(4);
  const valuesByRow = new Map<number, Set<number>>();
  for (const box of boxes) valuesByRow.set(box.row, (valuesByRow.get(box.row) ?? new Set()).add(box.value));
  expect([...valuesByRow.values()].map((tops) => tops.size)).toEqual([...valuesByRow.keys()].map(() => 1));
  await card.screenshot({ path: test.info().outputPath('card-az-320.png') });

  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: 320, height: 700 });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('shortlist-row')).toHaveCount(1);
  await expect(panel.locator('html')).toHaveAttribute('lang', /^az/);
  expect(await brokenWords(panel, '.tabs button')).toEqual([]);
  await panel.screenshot({ path: test.info().outputPath('sidepanel-az-320.png') });

  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const scores = popup.getByTestId('row-scores');
  await expect(scores).toBeVisible();
  const lines = await scores.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '14')));
  expect(lines).toBe(1);
  await expect(popup.getByTestId('score-legend')).toContainText('♥ İştirak · ✓ Həqiqilik · ◎ Brend uyğunluğu');
  await popup.screenshot({ path: test.info().outputPath('popup-az-380.png') });
});
