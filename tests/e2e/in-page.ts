import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES } from './extension';

/** The inside of a fixture page's <body>, to swap in as a site does on an in-page navigation. */
export function bodyOf(file: string): string {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const body = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>'));
  return body.slice(body.indexOf('>') + 1);
}

/**
 * An in-page navigation as the sites do it: pushState, then (here after a pause, while the previous
 * page is still on screen under the new URL) the new page's DOM. The old <head> and its JSON stay.
 */
export async function navigateInPage(page: Page, url: string, body: string | null): Promise<void> {
  await page.evaluate((nextUrl) => history.pushState({}, '', nextUrl), url);
  if (body === null) return;
  await page.waitForTimeout(400);
  await page.evaluate(
    ([nextBody]) => {
      // Frameworks keep foreign nodes they did not render only sometimes; keep ours in place like a real
      // site would (taken out and put back, the card's frame would load again).
      const host = document.querySelector('vetlens-overlay');
      if (host) (document.body as HTMLElement & { moveBefore(node: Node, child: Node | null): void }).moveBefore(host, null);
      for (const node of [...document.body.childNodes]) if (node !== host) node.remove();
      document.body.insertAdjacentHTML('afterbegin', nextBody);
    },
    [body] as const,
  );
}
