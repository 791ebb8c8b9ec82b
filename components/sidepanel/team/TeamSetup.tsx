import { useState } from 'preact/hooks';
import { joinedTeamConfig, MemberNameSchema, newTeamConfig, parseInvite, SecretSchema, ServerAddressSchema, type TeamConfig } from '../../../lib/team/config';
import type { I18n } from '../../../lib/i18n/translate';

type Begin = (config: TeamConfig) => Promise<'started' | 'denied'>;

/** No team yet: set one up on a server the team runs, or join one from an invitation. */
export function TeamSetup(props: { i18n: I18n; begin: Begin }) {
  const { t } = props.i18n;
  return (
    <>
      <p class="muted">{t('team_explain')}</p>
      <SetUpForm {...props} />
      <JoinForm {...props} />
      <p class="muted small">{t('team_setup_explain')}</p>
    </>
  );
}

function SetUpForm(props: { i18n: I18n; begin: Begin }) {
  const { t } = props.i18n;
  const [server, setServer] = useState('ws://127.0.0.1:8787');
  const [secret, setSecret] = useState('');
  const [member, setMember] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: Event) {
    event.preventDefault();
    const problem = !ServerAddressSchema.safeParse(server.trim()).success
      ? 'team_error_server'
      : !SecretSchema.safeParse(secret).success
        ? 'team_error_secret'
        : !MemberNameSchema.safeParse(member).success
          ? 'team_error_member'
          : null;
    setError(problem && t(problem));
    if (problem) return;
    // Straight from the click: the browser asks for the server's permission only during a user gesture.
    void props
      .begin(newTeamConfig({ server: server.trim(), secret, member: member.trim() }))
      .then((result) => result === 'denied' && setError(t('team_error_denied')));
  }

  return (
    <form class="fields" onSubmit={submit} data-testid="team-setup">
      <fieldset>
        <legend>{t('team_setup_title')}</legend>
        <label class="block">
          {t('team_server')}
          <input value={server} onInput={(e) => setServer(e.currentTarget.value)} data-testid="team-server" aria-describedby="team-server-hint" />
          <span id="team-server-hint" class="muted small">
            {t('team_server_hint')}
          </span>
        </label>
        <label class="block">
          {t('team_secret')}
          <input type="password" value={secret} onInput={(e) => setSecret(e.currentTarget.value)} data-testid="team-secret" autocomplete="off" />
        </label>
        <label class="block">
          {t('team_member')}
          <input value={member} onInput={(e) => setMember(e.currentTarget.value)} data-testid="team-member" />
        </label>
        <button type="submit" class="primary" data-testid="team-setup-submit">
          {t('team_setup_button')}
        </button>
        {error && (
          <p class="error" role="alert" data-testid="team-setup-error">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}

function JoinForm(props: { i18n: I18n; begin: Begin }) {
  const { t } = props.i18n;
  const [code, setCode] = useState('');
  const [member, setMember] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: Event) {
    event.preventDefault();
    const invite = parseInvite(code);
    const problem = !invite ? 'team_error_invite' : !MemberNameSchema.safeParse(member).success ? 'team_error_member' : null;
    setError(problem && t(problem));
    if (problem || !invite) return;
    void props.begin(joinedTeamConfig(invite, member.trim())).then((result) => result === 'denied' && setError(t('team_error_denied')));
  }

  return (
    <form class="fields" onSubmit={submit} data-testid="team-join">
      <fieldset>
        <legend>{t('team_join_title')}</legend>
        <label class="block">
          {t('team_join_code')}
          <textarea rows={3} value={code} onInput={(e) => setCode(e.currentTarget.value)} data-testid="team-join-code" />
        </label>
        <label class="block">
          {t('team_member')}
          <input value={member} onInput={(e) => setMember(e.currentTarget.value)} data-testid="team-join-member" />
        </label>
        <button type="submit" class="primary" data-testid="team-join-submit">
          {t('team_join_button')}
        </button>
        {error && (
          <p class="error" role="alert" data-testid="team-join-error">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}
