import type { BrandBrief } from '../brief';
import { BrandBriefSchema } from '../brief';
import type { VetlensDB } from '../db';
import type { I18n } from '../i18n/translate';
import { ToBackgroundSchema, type SnapshotResponse, type ToggleResponse } from '../messages';
import { scoreSnapshot } from '../scoring';
import { contentProse } from '../scoring/brand-fit';
import { DEFAULT_WEIGHTS, type ScoreWeights, type Scores } from '../scoring/types';
import { creatorKey, type ProfileSnapshot } from '../snapshot';
import { historyFor, isShortlisted, recordSnapshot, setShortlisted } from '../store';
import * as z from 'zod/mini';

/** Services handed in by the entrypoint, so this logic runs in tests without a browser. */
export interface BackgroundDeps {
  db: VetlensDB;
  i18n: I18n;
  /** This extension's id: messages from any other sender are refused. */
  extensionId: string;
  /** Hosts whose content scripts may send `content:*` messages. */
  contentHosts: readonly string[];
}

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export const SETTING_ACTIVE_BRIEF = 'activeBriefId';
export const SETTING_WEIGHTS = 'weights';

const WeightsSchema = z.object({ engagement: z.number().check(z.nonnegative()), authenticity: z.number().check(z.nonnegative()), brandFit: z.number().check(z.nonnegative()) });

/** The active brief and weights, validated on the way out of storage; invalid data falls back to defaults. */
export async function loadScoringSettings(db: VetlensDB): Promise<{ brief: BrandBrief | null; weights: ScoreWeights }> {
  const [active, weights] = await Promise.all([db.settings.get(SETTING_ACTIVE_BRIEF), db.settings.get(SETTING_WEIGHTS)]);
  const stored = typeof active?.value === 'string' ? await db.briefs.get(active.value) : undefined;
  const brief = stored ? BrandBriefSchema.safeParse(stored.brief) : null;
  const parsedWeights = WeightsSchema.safeParse(weights?.value);
  return { brief: brief?.success ? brief.data : null, weights: parsedWeights.success ? parsedWeights.data : DEFAULT_WEIGHTS };
}

export async function scoreWithStore(db: VetlensDB, snapshot: ProfileSnapshot, i18n: I18n): Promise<Scores> {
  const [history, settings] = await Promise.all([historyFor(db, creatorKey(snapshot), snapshot.capturedAt), loadScoringSettings(db)]);
  // The browser's detector is asked only when a brief checks languages (see resolveLanguage).
  const browserLanguage = settings.brief?.languages.length && i18n.detectLanguage ? await i18n.detectLanguage(contentProse(snapshot).join('\n')) : null;
  return scoreSnapshot(snapshot, { i18n, history, brief: settings.brief, weights: settings.weights, browserLanguage });
}

function senderIsContentScript(sender: MessageSender, deps: BackgroundDeps): boolean {
  if (sender.id !== deps.extensionId || !sender.tab || !sender.url) return false;
  try {
    return deps.contentHosts.includes(new URL(sender.url).hostname);
  } catch {
    return false;
  }
}

/**
 * The background's one message handler. Validates the message and its sender before acting, and
 * answers with a plain object (never throws across the channel).
 */
export async function handleMessage(raw: unknown, sender: MessageSender, deps: BackgroundDeps): Promise<SnapshotResponse | ToggleResponse> {
  const parsed = ToBackgroundSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${z.prettifyError(parsed.error).slice(0, 500)}` };
  const message = parsed.data;
  if (!senderIsContentScript(sender, deps)) {
    return { ok: false, error: 'refused: sender is not a Vetlens content script' };
  }
  try {
    switch (message.type) {
      case 'content:snapshot': {
        const key = creatorKey(message.snapshot);
        const [scores, shortlisted] = await Promise.all([scoreWithStore(deps.db, message.snapshot, deps.i18n), isShortlisted(deps.db, key)]);
        await recordSnapshot(deps.db, message.snapshot, scores);
        return { ok: true, creatorKey: key, report: { snapshot: message.snapshot, scores }, shortlisted };
      }
      case 'content:shortlist-set': {
        const key = creatorKey(message.snapshot);
        if (key !== message.creatorKey) return { ok: false, error: 'creator key does not match the snapshot' };
        if (!(await deps.db.creators.get(key))) {
          await recordSnapshot(deps.db, message.snapshot, await scoreWithStore(deps.db, message.snapshot, deps.i18n));
        }
        return { ok: true, shortlisted: await setShortlisted(deps.db, key, message.shortlisted) };
      }
    }
  } catch (error) {
    return { ok: false, error: describeStorageError(error, deps.i18n) };
  }
}

/** A message the marketer can act on; a full disk or quota is the one they can fix themselves. */
export function describeStorageError(error: unknown, i18n: I18n): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return i18n.t('error_storage_full');
  return i18n.t('error_storage_failed', error instanceof Error ? error.message : String(error));
}
