import { describe, expect, it } from 'vitest';
import { inviteCode, inviteLink, parseInvite, serverOrigin, ServerAddressSchema } from '../../lib/team/config';
import { flattenRow, unflattenRow } from '../../lib/team/layout';
import { rebaseEdits } from '../../lib/team/merge';

const INVITE = { server: 'ws://127.0.0.1:8787', workspace: 'Xy3_abc-DEF12345', secret: 'baku-agency-secret' };

describe('team invitations', () => {
  it('a code and a link both carry the server, the workspace and the secret', () => {
    const code = inviteCode(INVITE);
    expect(code.startsWith('vetlens-team:')).toBe(true);
    expect(parseInvite(`  ${code}\n`)).toEqual({ v: 1, ...INVITE });
    const link = inviteLink(INVITE);
    expect(link.startsWith('http://127.0.0.1:8787/join#')).toBe(true);
    expect(parseInvite(link)).toEqual({ v: 1, ...INVITE });
    expect(inviteLink({ ...INVITE, server: 'wss://team.example.az' }).startsWith('https://team.example.az/join#')).toBe(true);
  });

  it('refuses what is not an invitation, or one for a server the extension may not reach', () => {
    expect(parseInvite('hello')).toBeNull();
    expect(parseInvite('vetlens-team:!!!')).toBeNull();
    expect(parseInvite(inviteCode({ ...INVITE, server: 'ws://192.168.1.5:8787' }))).toBeNull();
    expect(parseInvite(inviteCode({ ...INVITE, secret: 'short' }))).toBeNull();
    expect(parseInvite(inviteCode({ ...INVITE, workspace: '../../etc' }))).toBeNull();
  });

  it('allows servers on this computer and any over TLS, nothing else', () => {
    const allowed = (address: string) => ServerAddressSchema.safeParse(address).success;
    expect(['ws://127.0.0.1:8787', 'ws://localhost:1234', 'wss://team.example.az', 'wss://team.example.az:8443/sync'].map(allowed)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['ws://team.example.az', 'http://127.0.0.1:8787', 'wss://user:pw@team.example.az', 'ws://127.0.0.1:1?token=x', 'javascript:alert(1)'].map(allowed),
    ).toEqual([false, false, false, false, false]);
    expect(serverOrigin('ws://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
    expect(serverOrigin('wss://team.example.az:8443/sync')).toBe('https://team.example.az/*');
  });
});

describe('team document layout', () => {
  const campaign = {
    id: 'cmp-1',
    campaign: {
      name: 'Novruz',
      kpis: [{ metric: 'reach', kind: 'absolute', value: 1000, baseline: null }],
      creators: [
        { creatorKey: 'instagram:lena', feePerPost: 100, schedule: null },
        { creatorKey: 'tiktok:a/b~c', feePerPost: null, schedule: { kind: 'dates', dates: ['2026-03-20'] } },
      ],
      'odd/key~': { '@x': 1, '#y': 2 },
      empty: {},
    },
    updatedAt: '2026-12-07T12:00:00.000Z',
  };

  it('a row comes back whole from its leaves, and each keyed creator is its own leaves', () => {
    const leaves = flattenRow(campaign);
    expect(unflattenRow(leaves)).toEqual(campaign);
    expect(leaves.get('/campaign/creators/#')).toEqual(['instagram:lena', 'tiktok:a/b~c']);
    expect(leaves.get('/campaign/creators/@instagram:lena/feePerPost')).toBe(100);
    expect(leaves.get('/campaign/creators/@tiktok:a~1b~0c/schedule/dates')).toEqual(['2026-03-20']);
    // Arrays without ids are one value.
    expect(leaves.get('/campaign/kpis')).toEqual(campaign.campaign.kpis);
  });

  it('an editor saves only what the marketer changed, onto what a teammate changed meanwhile', () => {
    const mine = structuredClone(campaign);
    mine.campaign.name = 'Novruz AZ';
    mine.campaign.creators = mine.campaign.creators.filter((c) => c.creatorKey !== 'tiktok:a/b~c');
    const theirs = structuredClone(campaign);
    theirs.campaign.creators[0]!.feePerPost = 250;
    theirs.campaign.creators.push({ creatorKey: 'youtube:new', feePerPost: 40, schedule: null });
    const merged = rebaseEdits(campaign, mine, theirs);
    expect(merged.campaign.name).toBe('Novruz AZ');
    expect(merged.campaign.creators).toEqual([
      { creatorKey: 'instagram:lena', feePerPost: 250, schedule: null },
      { creatorKey: 'youtube:new', feePerPost: 40, schedule: null },
    ]);
  });
});
