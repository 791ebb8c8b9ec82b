import * as Y from 'yjs';
import { TeamBinding } from '../../lib/team/binding';
import { openTeamDB, type TeamDB } from '../../lib/team/store';
import { persistDoc, WriteQueue } from '../../lib/team/persist';
import { openVetlensDB, type VetlensDB } from '../../lib/storage/db';

/** One member's browser, without the browser: a Vetlens store, the team's local database, and the binding between them. */
export interface Member {
  name: string;
  db: VetlensDB;
  teamDb: TeamDB;
  doc: Y.Doc;
  binding: TeamBinding;
  queue: WriteQueue;
  /** Closes the binding and the document, as closing the side panel does (the databases stay). */
  close(): void;
}

let counter = 0;

export async function openMember(name: string, stores?: { db: VetlensDB; teamDb: TeamDB }): Promise<Member> {
  counter++;
  const db = stores?.db ?? openVetlensDB(`vetlens-${name}-${counter}`);
  const teamDb = stores?.teamDb ?? openTeamDB(`vetlens-team-${name}-${counter}`);
  const doc = new Y.Doc();
  const queue = new WriteQueue();
  const unpersist = await persistDoc(teamDb, doc, queue);
  let clock = 0;
  const binding = new TeamBinding(db, teamDb, doc, queue, () => ({ by: name, at: new Date(Date.UTC(2026, 11, 7, 12, 0, clock++)).toISOString() }));
  await binding.start();
  return {
    name,
    db,
    teamDb,
    doc,
    binding,
    queue,
    close() {
      binding.stop();
      unpersist();
      doc.destroy();
    },
  };
}

/**
 * A link between two members' documents standing in for the server: while online, every update one
 * makes reaches the other; going online again exchanges what each missed, as a Yjs provider does.
 */
export function link(a: Member, b: Member): { online(): void; offline(): void } {
  let connected = true;
  const REMOTE = Symbol('remote');
  const forward = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (connected && origin !== REMOTE) Y.applyUpdate(to, update, REMOTE);
  };
  a.doc.on('update', forward(b.doc));
  b.doc.on('update', forward(a.doc));
  const exchange = () => {
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), REMOTE);
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), REMOTE);
  };
  exchange();
  return {
    online() {
      connected = true;
      exchange();
    },
    offline() {
      connected = false;
    },
  };
}

/** Waits until both members' bindings have nothing left to do. */
export async function settle(...members: Member[]): Promise<void> {
  for (let round = 0; round < 5; round++) {
    for (const member of members) await member.binding.sync();
    for (const member of members) await member.queue.idle();
  }
}
