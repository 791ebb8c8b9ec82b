import { expect, type Page } from '@playwright/test';
import { sharedSession, test, waitForReadyOverlay, type ExtensionSession } from './extension';

/** The main path by keyboard: shortlist → side panel → campaign → CSV, and a creator opened with Enter. */
const PROFILE = 'https://www.instagram.com/lena.travels/';
const FIXTURE = 'instagram/built/rendered-profile.html';

const sessions: ExtensionSession[] = [];
test.afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

/** Tab until the element with the test id has the focus; the number of presses it took. */
async function tabTo(page: Page, testId: string, most = 30): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedTestId(page)) === testId) return presses;
  }
  throw new Error(`${testId} not reached in ${most} presses`);
}

async function panelWithOneCreator(): Promise<{ session: ExtensionSession; panel: Page }> {
  const session = await sharedSession({});
  sessions.push(session);
  session.servePage(PROFILE, FIXTURE);
  const tab = await session.context.newPage();
  await tab.goto(PROFILE);
  const card = await waitForReadyOverlay(tab);
  // The person moves into the card first (a click on its name): a key press counts only then
  // (components/overlay/guard.ts), so focus a page moves into the card never lets Enter act.
  await card.getByTestId('vetlens-handle').click();
  await card.getByTestId('vetlens-shortlist').focus();
  await tab.keyboard.press('Enter');
  await expect(card.getByTestId('vetlens-shortlist')).toHaveAttribute('aria-pressed', 'true');
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('shortlist-row')).toHaveCount(1);
  return { session, panel };
}

test('from the shortlist to a CSV by keyboard: new campaign, then the skip link, then CSV', async () => {
  const { panel } = await panelWithOneCreator();
  // The side panel's own controls before the list (tab, list, new list, rename, search, four filters,
  // sort, direction, select-all) come first: 13 presses, where the CSV used to be 86 away.
  expect(await tabTo(panel, 'new-campaign')).toBeLessThanOrEqual(13);
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('campaign-editor')).toBeVisible();
  // The editor opens with the focus on its skip link, past the plan to the files.
  await expect.poll(() => focusedTestId(panel)).toBe('skip-to-exports');
  await panel.keyboard.press('Enter');
  await expect.poll(() => focusedTestId(panel)).toBe('campaign-export-csv');
  const [file] = await Promise.all([panel.waitForEvent('download'), panel.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
});

test('a creator opened with Enter takes the focus, and gives it back to the row when closed', async () => {
  const { panel } = await panelWithOneCreator();
  await tabTo(panel, 'shortlist-open');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('creator-detail')).toBeVisible();
  await expect.poll(() => focusedTestId(panel)).toBe('creator-back');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('creator-detail')).toHaveCount(0);
  await expect.poll(() => focusedTestId(panel)).toBe('shortlist-open');
});
