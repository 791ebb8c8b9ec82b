import type { I18n } from '../../../lib/i18n/translate';
import { TeamActive } from './TeamActive';
import { TeamSetup } from './TeamSetup';
import type { TeamControls } from './useTeam';

/** The Team tab: set up or join a team, or see how the shared workspace stands. */
export function TeamTab(props: { i18n: I18n; team: TeamControls }) {
  const { i18n, team } = props;
  const { t } = i18n;
  const { view } = team;
  return (
    <section class="team-tab" aria-labelledby="team-title" data-testid="team-tab" data-phase={view.phase}>
      <h2 id="team-title">{t('team_title')}</h2>
      {view.phase === 'loading' && (
        <p class="muted" role="status">
          {t('sp_loading')}
        </p>
      )}
      {view.phase === 'none' && <TeamSetup i18n={i18n} begin={(config) => team.begin(config)} />}
      {view.phase === 'permission' && (
        <>
          <p class="notice">{t('team_permission_needed')}</p>
          <button type="button" class="primary" onClick={() => void team.grant()} data-testid="team-grant">
            {t('team_permission_button')}
          </button>{' '}
          <button type="button" onClick={() => void team.leave()} data-testid="team-leave">
            {t('team_leave')}
          </button>
        </>
      )}
      {view.phase === 'active' && (
        <TeamActive
          i18n={i18n}
          config={view.config}
          session={view.session}
          status={view.status}
          retry={() => void team.retry()}
          leave={() => void team.leave()}
        />
      )}
    </section>
  );
}
