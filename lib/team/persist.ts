import * as Y from 'yjs';
import type { TeamDB } from './store';

/** Stored updates are merged into one once there are this many. */
const COMPACT_AFTER = 200;

/**
 * Loads the stored team document into `doc` and keeps every later update on disk, in order, through
 * `queue` (the binding's writes of the base go through the same queue, after the updates they follow).
 */
export async function persistDoc(teamDb: TeamDB, doc: Y.Doc, queue: WriteQueue): Promise<() => void> {
  const rows = await teamDb.updates.toArray();
  const LOADING = Symbol('loading');
  Y.transact(doc, () => rows.forEach((row) => Y.applyUpdate(doc, row.update, LOADING)), LOADING);
  if (rows.length > COMPACT_AFTER) {
    const merged = Y.encodeStateAsUpdate(doc);
    void queue.run(() =>
      teamDb.transaction('rw', teamDb.updates, async () => {
        await teamDb.updates.bulkDelete(rows.map((row) => row.id!));
        await teamDb.updates.add({ update: merged });
      }),
    );
  }
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== LOADING) void queue.run(() => teamDb.updates.add({ update }));
  };
  doc.on('update', onUpdate);
  return () => doc.off('update', onUpdate);
}

/** Runs writes one after another, in the order they were asked for. */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private failures = 0;

  run(write: () => Promise<unknown>): Promise<void> {
    const next = this.tail.then(write).then(
      () => undefined,
      () => void this.failures++,
    );
    this.tail = next;
    return next;
  }

  /** Resolves once every write asked for so far is done. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  get failed(): number {
    return this.failures;
  }
}
