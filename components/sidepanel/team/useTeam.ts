import { useEffect, useRef, useState } from 'preact/hooks';
import type { VetlensDB } from '../../../lib/storage/db';
import type { TeamConfig } from '../../../lib/team/config';
import type { TeamStatus } from '../../../lib/team/connection';
import { hasServerAccess, releaseServerAccess, requestServerAccess } from '../../../lib/team/permission';
import type { TeamSession } from '../../../lib/team/session';
import { forgetTeam, loadTeamConfig, openTeamDB, saveTeamConfig, type TeamDB } from '../../../lib/team/store';

/** Where the team workspace stands on this machine. */
export type TeamView =
  | { phase: 'loading' }
  | { phase: 'none' }
  /** Set up, but the server's permission was taken back (in the browser's settings): nothing connects until it is given again. */
  | { phase: 'permission'; config: TeamConfig }
  | { phase: 'active'; config: TeamConfig; session: TeamSession; status: TeamStatus };

export interface TeamControls {
  view: TeamView;
  /** Saves a new or joined team and connects. Call straight from the click: it asks for the server's permission first. */
  begin(config: TeamConfig): Promise<'started' | 'denied'>;
  /** Asks for the server's permission again (from a click) and connects. */
  grant(): Promise<void>;
  /** Connects again after a refusal. */
  retry(): Promise<void>;
  /** Leaves the team: disconnects, forgets its settings and document here, gives back the permission. */
  leave(): Promise<void>;
}

/**
 * The team session of the side panel: started when the panel opens if a team is set up (and only
 * then: with no team, no connection is ever opened), closed when the panel closes.
 */
export function useTeam(db: VetlensDB): TeamControls {
  const [view, setView] = useState<TeamView>({ phase: 'loading' });
  const teamDb = useRef<TeamDB | null>(null);
  const session = useRef<TeamSession | null>(null);
  const store = () => (teamDb.current ??= openTeamDB());

  async function start(config: TeamConfig) {
    session.current?.close();
    // The sync engine loads only for a team: with none, the panel never fetches it.
    const { TeamSession } = await import('../../../lib/team/session');
    const started = await TeamSession.start(db, store(), config);
    session.current = started;
    setView({ phase: 'active', config, session: started, status: started.status() });
    started.onStatus((status) => setView((v) => (v.phase === 'active' && v.session === started ? { ...v, status } : v)));
  }

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const config = await loadTeamConfig(store());
      if (cancelled) return;
      if (!config) return setView({ phase: 'none' });
      if (!(await hasServerAccess(config.server))) return setView({ phase: 'permission', config });
      if (!cancelled) await start(config);
    })();
    return () => {
      cancelled = true;
      session.current?.close();
      session.current = null;
    };
  }, [db]);

  return {
    view,
    async begin(config) {
      if (!(await requestServerAccess(config.server))) return 'denied';
      await saveTeamConfig(store(), config);
      await start(config);
      return 'started';
    },
    async grant() {
      if (view.phase !== 'permission') return;
      if (await requestServerAccess(view.config.server)) await start(view.config);
    },
    async retry() {
      if (view.phase === 'active') await start(view.config);
    },
    async leave() {
      const server = view.phase === 'active' || view.phase === 'permission' ? view.config.server : null;
      session.current?.close();
      session.current = null;
      await forgetTeam(store());
      teamDb.current = null;
      if (server) await releaseServerAccess(server);
      setView({ phase: 'none' });
    },
  };
}
