import { expect, type Page } from '@playwright/test';
import { sharedSession, shortlistThisPage, test, waitForReadyOverlay, type ExtensionSession } from './extension';

/**
 * The dossier fills as the marketer opens a creator's post pages: the comments YouTube loads on a
 * watch page give the audience's languages, the paid-promotion label and the brand named give the
 * sponsorship history; on the card and in the side panel.
 */
const CHANNEL = 'https://www.youtube.com/@VetlensAlpha';
const WATCH_1 = 'https://www.youtube.com/watch?v=alphaVideo1';
const WATCH_2 = 'https://www.youtube.com/watch?v=alphaVideo2';
const NEXT = 'https://www.youtube.com/youtubei/v1/next?prettyPrint=false';

const AZ = 'Çox gözəl video olub, təşəkkür edirəm, davam edin belə, uğurlar sizə';
const RU = 'Большое спасибо за это видео, очень полезно и интересно смотреть';
const EN = 'This is such a good video, thank you so much for making it';
const COMMENTS = [...Array<string>(20).fill(AZ), ...Array<string>(6).fill(RU), ...Array<string>(4).fill(EN)];

/** A watch-next continuation in YouTube's 2024 shape: comment entities in frameworkUpdates. */
const commentsResponse = JSON.stringify({
  onResponseReceivedEndpoints: [{ reloadContinuationItemsCommand: { continuationItems: [] } }],
  frameworkUpdates: {
    entityBatchUpdate: {
      mutations: COMMENTS.map((text, i) => ({
        entityKey: `k${i}`,
        payload: { commentEntityPayload: { key: `k${i}`, properties: { content: { content: text } } } },
      })),
    },
  },
});

/** The card as the marketer reaches it (one place to change when the card moves into the extension's own frame). */
async function cardOf(page: Page) {
  return waitForReadyOverlay(page);
}

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await sharedSession();
  session.servePage(CHANNEL, 'e2e/youtube-channel-a.html');
  session.servePage(WATCH_1, 'e2e/youtube-watch-a1.html');
  session.servePage(WATCH_2, 'e2e/youtube-watch-a2.html');
  session.serveHtml(NEXT, commentsResponse);
});
test.afterEach(async () => {
  await session.close();
});

test("opening a creator's videos fills the audience and sponsorship sections, on the card and in the side panel", async () => {
  const page = await session.context.newPage();
  await page.goto(CHANNEL);
  let card = await cardOf(page);
  await expect(card.getByTestId('vetlens-audience')).toHaveAttribute('data-comments', '0');
  await expect(card.getByTestId('vetlens-audience')).toContainText('Comments: none seen yet');
  await expect(card.getByTestId('vetlens-audience')).toContainText('Where followers live is not shown on any page');
  await shortlistThisPage(page);

  await page.goto(WATCH_1);
  card = await cardOf(page);
  // The page's own script loads the comments; the observer reads what it fetched, and the card updates.
  await page.evaluate((url) => fetch(url, { method: 'POST' }).then((r) => r.text()), NEXT);
  const audience = card.getByTestId('vetlens-audience');
  await expect(audience).toHaveAttribute('data-comments', '30');
  await expect(audience.locator('[data-signal="comments"]')).toContainText('Azerbaijani');
  await expect(audience.locator('[data-signal="comments"]')).toContainText('from 30 comments on 1 posts you opened');

  await page.goto(WATCH_2);
  card = await cardOf(page);
  const sponsorships = card.getByTestId('vetlens-sponsorships');
  // Three videos seen (the channel's three, two of them opened); one carries the paid-promotion label.
  await expect(sponsorships).toHaveAttribute('data-sponsored', '1');
  await expect(sponsorships.locator('[data-signal="share"]')).toHaveText('1 of 3 posts seen were sponsored (33%).');
  await expect(sponsorships.locator('[data-brand="Kitchen Co"]')).toContainText('Kitchen Co: 1 posts, latest');
  // The comments seen on the first video stay with the creator.
  await expect(card.getByTestId('vetlens-audience')).toHaveAttribute('data-comments', '30');
  await expect(card.getByTestId('vetlens-price')).toHaveAttribute('data-currency', 'USD');
  await expect(card.getByTestId('vetlens-price')).toContainText('AWISEE, Influencer marketing CPM benchmarks by platform (2025)');
  await expect(card.getByTestId('vetlens-contact')).toHaveAttribute('data-emails', '0');

  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  const row = panel.getByTestId('shortlist-row');
  await expect(row).toHaveCount(1);
  await row.locator('.row-main').click();
  const detail = panel.getByTestId('creator-detail');
  await expect(detail.getByTestId('vetlens-audience')).toHaveAttribute('data-comments', '30');
  await expect(detail.getByTestId('vetlens-audience').locator('[data-signal="comments"]')).toContainText('Azerbaijani');
  await expect(detail.getByTestId('vetlens-sponsorships').locator('[data-signal="share"]')).toHaveText('1 of 3 posts seen were sponsored (33%).');
  expect(session.foreignRequests()).toEqual([]);
});
