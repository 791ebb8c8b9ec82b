import * as Y from 'yjs';
import { connectTeam, type TeamConnection } from './connection';
import { PRESENCE, entryKey, materialize, patchRow, putRow, readRows } from './layout';

/**
 * A bounded load on a team server: `members` simulated members, each with its own connection and
 * document, make `edits` edits each at once (shortlisting creators of their own and changing their
 * fee in one shared campaign), then wait until every document holds every edit.
 * Used by the team tests (a correctness check) and by `npm run bench` (its time). Loopback only.
 */

export interface LoadResult {
  members: number;
  edits: number;
  /** From the first edit until every member's document holds every edit. */
  ms: number;
  /** Each member's shortlist entries at the end (every member's picks). */
  entriesPerMember: number[];
}

const CAMPAIGN_ROW = JSON.stringify('cmp-load');

function member(index: number): string {
  return `instagram:member${index}`;
}

function pickKey(index: number, edit: number): string {
  return JSON.stringify(['default', `${member(index)}-pick${edit}`]);
}

/**
 * What every document must hold once the load is through: each member's last pick (Yjs applies one
 * member's updates in order, so the last one means all before it) and each member's last fee.
 */
function complete(doc: Y.Doc, lastPicks: readonly string[], members: number, edits: number): boolean {
  const entries = doc.getMap('table:shortlistEntries');
  if (!lastPicks.every((key) => entries.has(key))) return false;
  const campaign = materialize(readRows(doc.getMap('table:campaigns')).get(CAMPAIGN_ROW)) as {
    campaign?: { creators?: Array<{ feePerPost: number | null }> };
  } | null;
  const lastFee = edits - 1 - (edits % 2);
  return campaign?.campaign?.creators?.length === members && campaign.campaign.creators.every((creator) => creator.feePerPost === lastFee);
}

export async function runTeamLoad(options: {
  server: string;
  workspace: string;
  secret: string;
  members: number;
  edits: number;
  WebSocketPolyfill: unknown;
  timeoutMs: number;
}): Promise<LoadResult> {
  const docs = Array.from({ length: options.members }, () => new Y.Doc());
  const connections: TeamConnection[] = docs.map((doc) => connectTeam({ ...options, doc }));
  try {
    await Promise.all(connections.map((connection) => connection.whenSynced(options.timeoutMs)));
    // Member 0 creates the campaign with one creator per member, and everyone receives it first.
    const creators = docs.map((_, index) => ({ creatorKey: member(index), feePerPost: null }));
    docs[0]!.transact(() => {
      putRow(docs[0]!.getMap('table:campaigns'), CAMPAIGN_ROW, new Map(creatorLeaves(creators)), { by: 'member0', at: new Date(0).toISOString() });
    });
    await waitFor(docs, (doc) => readRows(doc.getMap('table:campaigns')).has(CAMPAIGN_ROW), options.timeoutMs);

    const started = performance.now();
    docs.forEach((doc, index) => {
      const stamp = { by: `member${index}`, at: new Date(0).toISOString() };
      for (let edit = 0; edit < options.edits; edit++) {
        doc.transact(() => {
          if (edit % 2 === 0) {
            const creatorKey = `${member(index)}-pick${edit}`;
            const row = new Map<string, unknown>([
              ['/listId', 'default'],
              ['/creatorKey', creatorKey],
              ['/addedAt', new Date(Date.UTC(2026, 0, 1, 0, 0, edit)).toISOString()],
            ]);
            putRow(doc.getMap('table:shortlistEntries'), pickKey(index, edit), row, stamp);
          } else {
            patchRow(doc.getMap('table:campaigns'), CAMPAIGN_ROW, new Map([[`/campaign/creators/@${member(index)}/feePerPost`, edit]]), stamp);
          }
        });
      }
    });
    const lastPick = options.edits - 1 - ((options.edits - 1) % 2);
    const lastPicks = docs.map((_, index) => entryKey(pickKey(index, lastPick), PRESENCE));
    await waitFor(docs, (doc) => complete(doc, lastPicks, options.members, options.edits), options.timeoutMs);
    const ms = performance.now() - started;
    return { members: options.members, edits: options.edits, ms, entriesPerMember: docs.map((doc) => readRows(doc.getMap('table:shortlistEntries')).size) };
  } finally {
    for (const connection of connections) connection.close();
    for (const doc of docs) doc.destroy();
  }
}

function creatorLeaves(creators: Array<{ creatorKey: string; feePerPost: null }>): Array<[string, unknown]> {
  return [
    ['/id', 'cmp-load'],
    ['/campaign/creators/#', creators.map((creator) => creator.creatorKey)],
    ...creators.flatMap((creator): Array<[string, unknown]> => [
      [`/campaign/creators/@${creator.creatorKey}`, true],
      [`/campaign/creators/@${creator.creatorKey}/creatorKey`, creator.creatorKey],
      [`/campaign/creators/@${creator.creatorKey}/feePerPost`, creator.feePerPost],
    ]),
  ];
}

/** Resolves when every document has passed `done` (checked after each of its updates; edits only add); rejects after `timeoutMs`. */
function waitFor(docs: Y.Doc[], done: (doc: Y.Doc) => boolean, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const pending = new Set(docs);
    const listeners = new Map<Y.Doc, () => void>();
    const finish = () => {
      clearTimeout(timer);
      for (const [doc, listener] of listeners) doc.off('update', listener);
    };
    const check = (doc: Y.Doc) => {
      if (!pending.has(doc) || !done(doc)) return;
      pending.delete(doc);
      if (pending.size > 0) return;
      finish();
      resolve();
    };
    const timer = setTimeout(() => (finish(), reject(new Error(`${pending.size} members had not converged within ${timeoutMs} ms`))), timeoutMs);
    for (const doc of docs) {
      const listener = () => check(doc);
      listeners.set(doc, listener);
      doc.on('update', listener);
    }
    for (const doc of docs) check(doc);
  });
}
