import { browser } from 'wxt/browser';
import { serverOrigin } from './config';

/**
 * The team server's origin is an optional host permission (wxt.config.ts): asked for only when the
 * marketer sets up or joins a team, from that click, and given back when they leave.
 */

/** Must be called straight from the click (the browser asks only during a user gesture). */
export function requestServerAccess(server: string): Promise<boolean> {
  return browser.permissions.request({ origins: [serverOrigin(server)] });
}

export function hasServerAccess(server: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [serverOrigin(server)] });
}

export async function releaseServerAccess(server: string): Promise<void> {
  await browser.permissions.remove({ origins: [serverOrigin(server)] }).catch(() => false);
}
