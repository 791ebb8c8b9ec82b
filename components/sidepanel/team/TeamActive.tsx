import { useEffect, useState } from 'preact/hooks';
import { formatCount, formatDate } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import { inviteCode, inviteLink, type TeamConfig } from '../../../lib/team/config';
import type { TeamStatus } from '../../../lib/team/connection';
import type { RecentChange, TeamSession } from '../../../lib/team/session';
import type { MessageKey } from '../../../lib/i18n/message-keys';
import type { StoredTable } from '../../../lib/storage/records';
import { messageKey } from '../../../lib/i18n/keys';

/** What each shared table holds, as the marketer calls it. */
const KIND_NAMES: Partial<Record<StoredTable, MessageKey>> = {
  shortlists: 'team_kind_shortlists',
  shortlistEntries: 'team_kind_shortlistEntries',
  creators: 'team_kind_creators',
  briefs: 'team_kind_briefs',
  campaigns: 'team_kind_campaigns',
  resultImports: 'team_kind_resultImports',
};

/** A team is set up: how the sync stands, the invitation for others, who changed what last, and leaving. */
export function TeamActive(props: { i18n: I18n; config: TeamConfig; session: TeamSession; status: TeamStatus; retry: () => void; leave: () => void }) {
  const { i18n, config, session, status } = props;
  const { t } = i18n;
  return (
    <>
      <SyncStatus i18n={i18n} status={status} refused={session.refused} retry={props.retry} />
      <p class="muted" data-testid="team-identity">
        {t('team_you_are', config.member, config.server)}
      </p>
      <Invitation i18n={i18n} config={config} />
      <RecentChanges i18n={i18n} session={session} />
      <Leave i18n={i18n} leave={props.leave} />
    </>
  );
}

function SyncStatus(props: { i18n: I18n; status: TeamStatus; refused: number; retry: () => void }) {
  const { t, locale } = props.i18n;
  const { state, waiting } = props.status;
  return (
    <div data-testid="team-status" data-state={state} data-waiting={waiting}>
      <p class={state === 'refused' ? 'error' : state === 'offline' ? 'notice' : undefined} role={state === 'refused' ? 'alert' : 'status'}>
        {t(messageKey('team_status', state))}
      </p>
      {state !== 'refused' && <p class="muted small">{waiting > 0 ? t('team_waiting', formatCount(waiting, locale)) : t('team_all_sent')}</p>}
      {props.refused > 0 && <p class="notice small">{t('team_refused_rows', formatCount(props.refused, locale))}</p>}
      {state === 'refused' && (
        <button type="button" onClick={props.retry} data-testid="team-retry">
          {t('team_retry')}
        </button>
      )}
    </div>
  );
}

function Invitation(props: { i18n: I18n; config: TeamConfig }) {
  const { t } = props.i18n;
  const link = inviteLink(props.config);
  const code = inviteCode(props.config);
  const [copied, setCopied] = useState(false);
  return (
    <fieldset data-testid="team-invite">
      <legend>{t('team_invite_title')}</legend>
      <p class="muted small">{t('team_invite_explain')}</p>
      <label class="block">
        {t('team_invite_link')}
        <input readOnly value={link} data-testid="team-invite-link" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <label class="block">
        {t('team_invite_code')}
        <input readOnly value={code} data-testid="team-invite-code" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={() => void navigator.clipboard.writeText(link).then(() => setCopied(true))}>
        {t('team_copy')}
      </button>
      {copied && (
        <span class="muted small" role="status">
          {t('team_copied')}
        </span>
      )}
    </fieldset>
  );
}

function RecentChanges(props: { i18n: I18n; session: TeamSession }) {
  const { t, locale } = props.i18n;
  const [changes, setChanges] = useState<RecentChange[]>(() => props.session.recentChanges(20));
  useEffect(() => {
    setChanges(props.session.recentChanges(20));
    return props.session.onChange(() => setChanges(props.session.recentChanges(20)));
  }, [props.session]);
  return (
    <section aria-labelledby="team-changes-title">
      <h3 id="team-changes-title">{t('team_changes_title')}</h3>
      {changes.length === 0 ? (
        <p class="muted">{t('team_changes_empty')}</p>
      ) : (
        <ul class="team-changes" data-testid="team-changes">
          {changes.map((change) => (
            <li key={`${change.table}:${change.rowKey}`} data-testid="team-change" data-table={change.table} data-by={change.by}>
              <span class="chip">{KIND_NAMES[change.table] ? t(KIND_NAMES[change.table]!) : change.table}</span> <span>{change.label}</span>
              {!change.present && <span class="muted"> ({t('team_change_deleted')})</span>}{' '}
              <span class="muted small">{t('team_change_by', change.by, formatDate(change.at, locale))}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Leave(props: { i18n: I18n; leave: () => void }) {
  const { t } = props.i18n;
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)} data-testid="team-leave">
        {t('team_leave')}
      </button>
    );
  return (
    <div role="alertdialog" aria-labelledby="team-leave-question">
      <p id="team-leave-question">{t('team_leave_confirm')}</p>
      <button type="button" class="primary" onClick={props.leave} data-testid="team-leave-yes">
        {t('team_leave_yes')}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('team_cancel')}
      </button>
    </div>
  );
}
