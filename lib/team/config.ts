import * as z from 'zod/mini';

/**
 * A team's settings on this machine, and the invitation that carries them to another member.
 *
 * The server address is limited to what the extension's content security policy lets a page reach
 * (wxt.config.ts): a server on this computer (ws://127.0.0.1, ws://localhost) or any server over TLS
 * (wss://). A team server elsewhere without TLS would send the team's secret in clear text.
 */

const SERVER_MAX_CHARS = 300;

function allowedServer(address: string): boolean {
  try {
    const url = new URL(address);
    if (url.username || url.password || url.search || url.hash) return false;
    if (url.protocol === 'wss:') return url.hostname !== '';
    return url.protocol === 'ws:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  } catch {
    return false;
  }
}

export const ServerAddressSchema = z
  .string()
  .check(z.maxLength(SERVER_MAX_CHARS), z.refine(allowedServer, { message: 'ws://127.0.0.1, ws://localhost or wss://' }));
export const SecretSchema = z.string().check(z.minLength(8), z.maxLength(200));
/** The team document's name on the server. */
export const WorkspaceIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));
export const MemberNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));

export const TeamConfigSchema = z.object({
  server: ServerAddressSchema,
  workspace: WorkspaceIdSchema,
  secret: SecretSchema,
  member: MemberNameSchema,
});
export type TeamConfig = z.infer<typeof TeamConfigSchema>;

const InviteSchema = z.object({ v: z.literal(1), server: ServerAddressSchema, workspace: WorkspaceIdSchema, secret: SecretSchema });
export type Invite = z.infer<typeof InviteSchema>;

const CODE_PREFIX = 'vetlens-team:';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The join code a member pastes: "vetlens-team:" and the invitation in base64url. */
export function inviteCode(invite: Omit<Invite, 'v'>): string {
  return CODE_PREFIX + toBase64Url(JSON.stringify({ v: 1, server: invite.server, workspace: invite.workspace, secret: invite.secret }));
}

/**
 * The server's join page for this invitation: the code rides in the address's fragment, which the
 * browser never sends, so the secret stays out of the server's logs.
 */
export function inviteLink(invite: Omit<Invite, 'v'>): string {
  const page = new URL(invite.server);
  page.protocol = page.protocol === 'wss:' ? 'https:' : 'http:';
  page.pathname = '/join';
  return `${page.origin}/join#${inviteCode(invite).slice(CODE_PREFIX.length)}`;
}

/** Reads a join code or link as pasted (spaces and line breaks around it allowed); null when it is not one. */
export function parseInvite(text: string): Invite | null {
  const trimmed = text.trim();
  const code = trimmed.startsWith(CODE_PREFIX) ? trimmed.slice(CODE_PREFIX.length) : /^https?:\/\/[^#\s]+\/join#([A-Za-z0-9_-]+)$/.exec(trimmed)?.[1];
  if (!code || !/^[A-Za-z0-9_-]{1,2000}$/.test(code)) return null;
  try {
    const parsed = InviteSchema.safeParse(JSON.parse(fromBase64Url(code)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The optional host permission that covers a server: its web origin (the address with http: for ws:,
 * https: for wss:, the scheme its join page is served on), any port. Browsers match host permissions
 * on http and https addresses; the socket itself is allowed by the content security policy.
 */
export function serverOrigin(server: string): string {
  const url = new URL(server);
  return `${url.protocol === 'wss:' ? 'https:' : 'http:'}//${url.hostname}/*`;
}

/** A new random workspace id: 22 base64url characters. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new team: a new workspace on the given server, with this marketer as its first member. */
export function newTeamConfig(input: { server: string; secret: string; member: string }): TeamConfig {
  return { server: input.server, secret: input.secret, member: input.member, workspace: randomId() };
}

export function joinedTeamConfig(invite: Invite, member: string): TeamConfig {
  return { server: invite.server, workspace: invite.workspace, secret: invite.secret, member };
}
