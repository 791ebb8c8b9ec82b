import type { I18n } from '../i18n/translate';

/**
 * Browsers report a full disk in many ways: Chrome's "QuotaExceededError", or a "DataError" with
 * "Failed to write blobs (IOError)", or an "UnknownError" whose text mentions the quota or the
 * disk; Firefox's NS_ERROR_FILE_NO_DEVICE_SPACE; and Dexie wraps each of them (`inner`, `cause`,
 * and a bulk write's `failures`). Any of them is the one problem the marketer can fix themselves.
 */
const FULL_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);
const FULL_TEXT =
  /quota|disk (is )?full|no space|not enough (disk )?space|device space|out of space|failed to write blobs|IOError|storage (is )?full|exceeded.*storage/i;

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

function isStorageFull(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const e = current as ErrorLike;
    if (typeof e.name === 'string' && FULL_NAMES.has(e.name)) return true;
    if (typeof e.message === 'string' && FULL_TEXT.test(e.message)) return true;
    queue.push(e.inner, e.cause);
    if (Array.isArray(e.failures)) queue.push(...(e.failures as unknown[]).slice(0, 10));
    else if (e.failures && typeof e.failures === 'object') queue.push(...Object.values(e.failures as Record<string, unknown>).slice(0, 10));
  }
  return false;
}

/** An error's message, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A message the marketer can act on; a full disk or quota always reads as the storage-full message. */
export function describeStorageError(error: unknown, i18n: I18n): string {
  if (isStorageFull(error)) return i18n.t('error_storage_full');
  return i18n.t('error_storage_failed', errorMessage(error));
}

/** For messages that wrap the reason themselves ("Nothing was restored: $1"). */
export function storageReason(error: unknown, i18n: I18n): string {
  return isStorageFull(error) ? i18n.t('error_storage_full') : errorMessage(error);
}
