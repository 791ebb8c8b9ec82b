import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { launchExtension, waitForReadyOverlay, type ExtensionSession } from '../e2e/extension';
import { inviteCode, parseInvite } from '../../lib/team/config';
import { connectTeam } from '../../lib/team/connection';
import { materialize, readRows } from '../../lib/team/layout';
import { startServerProcess, type ServerProcess } from './server-process';

/**
 * The team workspace end to end: the team server started on loopback (`npm run team-server`'s
 * command), and two browser profiles with the built extension, set up and joined through the side
 * panel as two marketers would.
 */

const SECRET = 'baku-agency-secret-2026';
const PROFILE = { url: 'https://www.instagram.com/lena.travels/', file: 'instagram/built/rendered-profile.html', handle: 'lena.travels' };

let dataDir: string;
let server: ServerProcess;
const sessions: ExtensionSession[] = [];
/** Every WebSocket any page of the two browsers opened. */
const sockets: string[] = [];

test.beforeEach(async () => {
  dataDir = mkdtempSync(joinPath(tmpdir(), 'vetlens-team-e2e-'));
  server = await startServerProcess({ dataDir, token: SECRET });
});

test.afterEach(async () => {
  // Nothing but the team's own server was ever reached, and no page left the routed sites.
  for (const url of sockets.splice(0)) expect(url).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:${server.port}/?`));
  while (sessions.length) {
    const session = sessions.pop()!;
    expect(session.foreignRequests()).toEqual([]);
    await session.close();
  }
  await server.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * A browser profile with the extension. The server's origin is an optional host permission, which
 * Chromium grants from a prompt no test can click; the test grants it beforehand the way the
 * extensions page does (chrome://extensions → site access), so the side panel's request, made from
 * the click as in real use, is answered at once.
 */
async function member(): Promise<ExtensionSession> {
  const session = await launchExtension();
  sessions.push(session);
  session.servePage(PROFILE.url, PROFILE.file);
  session.context.on('page', (page) => page.on('websocket', (socket) => sockets.push(socket.url())));
  const settings = await session.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }
      ).chrome.developerPrivate.addHostPermission(id, 'http://127.0.0.1/*'),
    session.extensionId,
  );
  await settings.close();
  return session;
}

async function panel(session: ExtensionSession, tab = 'team'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html#${tab}`);
  return page;
}

async function setUp(page: Page, name: string): Promise<string> {
  await page.getByTestId('team-server').fill(server.url);
  await page.getByTestId('team-secret').fill(SECRET);
  await page.getByTestId('team-member').fill(name);
  await page.getByTestId('team-setup-submit').click();
  await expect(page.getByTestId('team-status')).toHaveAttribute('data-state', 'connected');
  return page.getByTestId('team-invite-link').inputValue();
}

async function join(page: Page, invitation: string, name: string, state = 'connected'): Promise<void> {
  await page.getByTestId('team-join-code').fill(invitation);
  await page.getByTestId('team-join-member').fill(name);
  await page.getByTestId('team-join-submit').click();
  await expect(page.getByTestId('team-status')).toHaveAttribute('data-state', state);
}

async function shortlistFromCard(session: ExtensionSession): Promise<void> {
  const tab = await session.context.newPage();
  await tab.goto(PROFILE.url);
  const card = await waitForReadyOverlay(tab);
  await card.getByTestId('vetlens-shortlist').click();
  await expect(card.getByTestId('vetlens-shortlist')).toHaveAttribute('aria-pressed', 'true');
  await tab.close();
}

async function teamOfTwo(): Promise<{ ayla: ExtensionSession; kamran: ExtensionSession; aylaPanel: Page; kamranPanel: Page }> {
  const [ayla, kamran] = [await member(), await member()];
  const aylaPanel = await panel(ayla);
  // With no team, the panel opens no connection at all.
  await expect(aylaPanel.getByTestId('team-tab')).toHaveAttribute('data-phase', 'none');
  expect(sockets).toEqual([]);
  const invitation = await setUp(aylaPanel, 'Ayla');
  const kamranPanel = await panel(kamran);
  await join(kamranPanel, invitation, 'Kamran');
  return { ayla, kamran, aylaPanel, kamranPanel };
}

async function openCampaign(page: Page, name: string): Promise<void> {
  // A second click on the open tab goes back to its list (the panel remembers the campaign last open).
  await page.getByTestId('tab-campaigns').click();
  await page.getByTestId('tab-campaigns').click();
  await page.getByTestId('campaign-item').filter({ hasText: name }).click();
  await expect(page.getByTestId('campaign-editor')).toBeVisible();
}

test('a creator shortlisted in one profile appears in the other, with who changed it', async () => {
  const { ayla, kamranPanel } = await teamOfTwo();
  await shortlistFromCard(ayla);

  await kamranPanel.getByTestId('tab-shortlists').click();
  await expect(kamranPanel.getByTestId('shortlist-row')).toHaveCount(1);
  await expect(kamranPanel.getByText(`@${PROFILE.handle}`, { exact: true })).toBeVisible();

  await kamranPanel.getByTestId('tab-team').click();
  const byAyla = kamranPanel.locator('[data-testid="team-change"][data-table="shortlistEntries"]');
  await expect(byAyla).toHaveAttribute('data-by', 'Ayla');
  await expect(byAyla).toContainText('instagram:lena.travels');
  // The Team tab, with a team, passes the same accessibility checks as the rest of the panel.
  const violations = (await new AxeBuilder({ page: kamranPanel }).include('[data-testid="team-tab"]').analyze()).violations;
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('both edit one campaign while the server is down; after it is back they converge with both edits', async () => {
  const { ayla, aylaPanel, kamranPanel } = await teamOfTwo();
  await shortlistFromCard(ayla);
  await aylaPanel.getByTestId('tab-shortlists').click();
  await aylaPanel.getByTestId('new-campaign').click();
  await aylaPanel.getByTestId('campaign-name').fill('Novruz');
  await aylaPanel.getByTestId('tab-campaigns').click();
  await kamranPanel.getByTestId('tab-campaigns').click();
  await expect(kamranPanel.getByTestId('campaign-item').filter({ hasText: 'Novruz' })).toHaveCount(1);

  await server.kill();
  await openCampaign(aylaPanel, 'Novruz');
  await openCampaign(kamranPanel, 'Novruz');
  await aylaPanel.getByTestId('campaign-name').fill('Novruz AZ');
  await kamranPanel.getByTestId('campaign-budget').fill('5000');
  await kamranPanel.getByTestId('campaign-budget').press('Tab');
  // Kept here and waiting while offline.
  for (const page of [aylaPanel, kamranPanel]) {
    await page.getByTestId('tab-team').click();
    await expect(page.getByTestId('team-status')).toHaveAttribute('data-state', 'offline');
    await expect(page.getByTestId('team-status')).not.toHaveAttribute('data-waiting', '0');
  }

  server = await startServerProcess({ dataDir, token: SECRET, port: server.port });
  for (const page of [aylaPanel, kamranPanel]) {
    await expect(page.getByTestId('team-status')).toHaveAttribute('data-state', 'connected');
    await expect(page.getByTestId('team-status')).toHaveAttribute('data-waiting', '0');
  }
  for (const page of [aylaPanel, kamranPanel]) {
    await openCampaign(page, 'Novruz AZ');
    await expect(page.getByTestId('campaign-name')).toHaveValue('Novruz AZ');
    await expect(page.getByTestId('campaign-budget')).toHaveValue('5000');
  }

  // Online, both with the campaign open: an open editor follows the teammate's edit, and saving its
  // own field does not write the teammate's old value back.
  await aylaPanel.getByTestId('campaign-name').fill('Novruz 2026');
  await expect(kamranPanel.getByTestId('campaign-name')).toHaveValue('Novruz 2026');
  await kamranPanel.getByTestId('campaign-budget').fill('6000');
  await kamranPanel.getByTestId('campaign-budget').press('Tab');
  await expect(aylaPanel.getByTestId('campaign-budget')).toHaveValue('6000');
  for (const page of [aylaPanel, kamranPanel]) await expect(page.getByTestId('campaign-name')).toHaveValue('Novruz 2026');
});

test('the server killed mid-edit and restarted loses nothing the members kept', async () => {
  const { ayla, kamranPanel } = await teamOfTwo();
  await shortlistFromCard(ayla);
  await kamranPanel.getByTestId('tab-shortlists').click();
  await expect(kamranPanel.getByTestId('shortlist-row')).toHaveCount(1);
  // Killed at once, within the 2 s it waits before writing the document to disk.
  await server.kill();
  server = await startServerProcess({ dataDir, token: SECRET, port: server.port });
  await kamranPanel.getByTestId('tab-team').click();
  await expect(kamranPanel.getByTestId('team-status')).toHaveAttribute('data-state', 'connected');

  // A newcomer, connecting to the restarted server, receives the shortlisted creator from the members.
  const invite = parseInvite(await kamranPanel.getByTestId('team-invite-code').inputValue())!;
  const doc = new Y.Doc();
  const newcomer = connectTeam({ ...invite, doc, WebSocketPolyfill: WebSocket });
  try {
    await expect
      .poll(() => materialize(readRows(doc.getMap('table:shortlistEntries')).get(JSON.stringify(['default', 'instagram:lena.travels']))))
      .toMatchObject({ listId: 'default', creatorKey: 'instagram:lena.travels' });
  } finally {
    newcomer.close();
    doc.destroy();
  }
});

test('a wrong secret is refused: the side panel says so and nothing of the team arrives', async () => {
  const ayla = await member();
  const aylaPanel = await panel(ayla);
  await expect(aylaPanel.getByTestId('team-tab')).toHaveAttribute('data-phase', 'none');
  const setupViolations = (await new AxeBuilder({ page: aylaPanel }).include('[data-testid="team-tab"]').analyze()).violations;
  expect(setupViolations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const invitation = await setUp(aylaPanel, 'Ayla');
  await shortlistFromCard(ayla);

  const intruder = await member();
  const intruderPanel = await panel(intruder);
  const forged = inviteCode({ ...parseInvite(invitation)!, secret: 'guessed-secret-0000' });
  await join(intruderPanel, forged, 'Intruder', 'refused');
  await expect(intruderPanel.getByRole('alert')).toHaveText(
    "The server refused this team's secret: nothing was sent or received. Ask your team for a new invitation.",
  );

  await intruderPanel.getByTestId('tab-shortlists').click();
  await expect(intruderPanel.getByTestId('shortlist-empty')).toBeVisible();
  await expect(intruderPanel.getByTestId('shortlist-row')).toHaveCount(0);

  // Leaving forgets the team here and gives the server's permission back.
  await intruderPanel.getByTestId('tab-team').click();
  await intruderPanel.getByTestId('team-leave').click();
  await intruderPanel.getByTestId('team-leave-yes').click();
  await expect(intruderPanel.getByTestId('team-tab')).toHaveAttribute('data-phase', 'none');
  const stillAllowed = await intruderPanel.evaluate(() =>
    (globalThis as unknown as { chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } } }).chrome.permissions.contains({
      origins: ['http://127.0.0.1/*'],
    }),
  );
  expect(stillAllowed).toBe(false);
  await intruderPanel.reload();
  await expect(intruderPanel.getByTestId('team-tab')).toHaveAttribute('data-phase', 'none');
});
