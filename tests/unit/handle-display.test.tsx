// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Overlay } from '../../components/overlay/Overlay';
import { ShortlistRow } from '../../components/sidepanel/shortlist/ShortlistRow';
import { handleMessage, type BackgroundDeps } from '../../lib/background/service';
import { newCampaign } from '../../lib/campaign/schema';
import { campaignCsv } from '../../lib/export/csv';
import { campaignMarkdown } from '../../lib/export/markdown';
import { buildCampaignExport } from '../../lib/export/rows';
import { creatorLabel, handleSkeleton, lookAlikeOf, lookAlikes, shownHandle, shownName } from '../../lib/handle-display';
import { nodeI18n } from '../../lib/i18n/node';
import { CONTENT_HOSTS } from '../../lib/platforms/hosts';
import { scoreSnapshot } from '../../lib/scoring';
import { importBrandFit } from '../../lib/scoring/load-brand-fit';
import { creatorKey } from '../../lib/snapshot';
import { loadCampaignData } from '../../lib/storage/campaigns';
import { openVetlensDB, type VetlensDB } from '../../lib/storage/db';
import { makePosts, makeSnapshot } from './helpers/snapshots';

const i18n = nodeI18n('en');
const SPOOF = 'VetlensBeta\u202Eexe.png';

describe('handles and names shown as they are', () => {
  it('makes direction controls and invisible characters in a handle visible', () => {
    expect(shownHandle(SPOOF)).toBe('VetlensBeta[U+202E]exe.png');
    expect(shownHandle('nasa\u200B')).toBe('nasa[U+200B]');
    expect(shownHandle('a\u2066b\u2069\uFEFF')).toBe('a[U+2066]b[U+2069][U+FEFF]');
    expect(creatorLabel({ handle: SPOOF }, '')).toBe('@VetlensBeta[U+202E]exe.png');
  });

  it('in a name, shows direction controls, drops invisible filler, and keeps emoji joiners and right-to-left marks', () => {
    expect(shownName('Lena\u202Egnp.exe')).toBe('Lena[U+202E]gnp.exe');
    expect(shownName('Ana\u200B\u2060 Beauty\u3164')).toBe('Ana Beauty');
    expect(shownName('👩\u200D💻 Ana ❤\uFE0F')).toBe('👩\u200D💻 Ana ❤\uFE0F');
    expect(shownName('مريم\u200F (Maryam)')).toBe('مريم\u200F (Maryam)');
    expect(creatorLabel({ handle: null, displayName: 'Lena\u202Egnp.exe' }, 'x')).toBe('Lena[U+202E]gnp.exe');
  });

  it.each([
    ['Cyrillic а', 'nаsa', 'nasa'],
    ['Cyrillic е, о, р, с', 'реорlе.сlub', 'people.club'],
    ['Greek ο and ν', 'nονa', 'nova'],
    ['digit 0 for o', 'l0gan', 'logan'],
    ['capital I for l (keys are lower case: i)', 'vetiens', 'vetlens'],
    ['rn for m', 'rnaria', 'maria'],
    ['a zero-width space', 'ma\u200Bria', 'maria'],
    ['full-width letters', 'ｍａｒｉａ', 'maria'],
  ])('marks a look-alike handle: %s', (_label, fake, real) => {
    expect(handleSkeleton(fake)).toBe(handleSkeleton(real));
    expect(lookAlikeOf(`instagram:${fake}`, ['instagram:other', `instagram:${real}`])).toBe(real);
  });

  it('control: distinct handles, the same handle, and other platforms are not marked', () => {
    const keys = ['instagram:maria', 'instagram:marta', 'tiktok:mаria', 'instagram:id:123'];
    expect(lookAlikes(keys)).toEqual(new Map());
    expect(lookAlikeOf('instagram:maria', keys)).toBeNull();
    expect(lookAlikeOf('instagram:Maria', ['instagram:maria'])).toBeNull();
    expect(lookAlikes(['instagram:maria', 'instagram:mаria'])).toEqual(
      new Map([
        ['instagram:maria', 'mаria'],
        ['instagram:mаria', 'maria'],
      ]),
    );
  });
});

describe('the card', () => {
  afterEach(() => render(null, document.body));

  it('shows a spoofed handle and name as they are, and says when a handle looks like a stored creator', () => {
    const snapshot = makeSnapshot({ handle: SPOOF, displayName: 'Lena\u202Egnp.exe', posts: makePosts([[10, 1]]) });
    const report = { snapshot, scores: scoreSnapshot(snapshot, {}) };
    render(
      <Overlay
        state={{ status: 'ready', creatorKey: creatorKey(snapshot), report, shortlisted: false, lookAlikeOf: 'vetlensbeta' }}
        i18n={i18n}
        floating={false}
        onToggleShortlist={() => undefined}
      />,
      document.body,
    );
    expect(document.querySelector('[data-testid="vetlens-handle"]')!.textContent).toBe('@VetlensBeta[U+202E]exe.png');
    expect(document.querySelector('[data-testid="vetlens-display-name"]')!.textContent).toBe('Lena[U+202E]gnp.exe');
    expect(document.querySelector('[data-testid="vetlens-lookalike"]')!.textContent).toBe(
      'Looks like @vetlensbeta, another creator you have stored: compare the handles letter by letter.',
    );
  });
});

describe('the side panel list', () => {
  afterEach(() => render(null, document.body));

  it('shows a row’s handle as it is, and marks a look-alike of another stored creator', async () => {
    const db = openVetlensDB(`handles-row-${Math.random()}`);
    await db.open();
    try {
      const deps = { db, i18n, extensionId: 'x', contentHosts: CONTENT_HOSTS, loadBrandFit: importBrandFit };
      await handleMessage(
        { type: 'content-to-worker:snapshot', snapshot: makeSnapshot({ handle: 'nаsa', url: 'https://www.instagram.com/nаsa/' }) },
        { id: 'x', url: 'https://www.instagram.com/', tab: { id: 1 } },
        deps,
      );
      const creator = (await db.creators.get('instagram:nаsa'))!;
      const row = (lookAlike?: string) =>
        render(
          <ShortlistRow
            row={{ creator, addedAt: null }}
            index={0}
            selected={false}
            lookAlike={lookAlike}
            i18n={i18n}
            onToggle={() => undefined}
            onOpen={() => undefined}
            onFocus={() => undefined}
          />,
          document.body,
        );
      row(lookAlikes(['instagram:nasa', 'instagram:nаsa']).get('instagram:nаsa'));
      expect(document.querySelector('[data-testid="row-lookalike"]')!.textContent).toBe('≈ @nasa');
      row();
      expect(document.querySelector('[data-testid="row-lookalike"]')).toBeNull();
    } finally {
      await db.delete();
    }
  });
});

describe('the worker and the exports', () => {
  let db: VetlensDB;
  let deps: BackgroundDeps;
  beforeEach(async () => {
    db = openVetlensDB(`handles-${Math.random()}`);
    await db.open();
    deps = { db, i18n, extensionId: 'x', contentHosts: CONTENT_HOSTS, loadBrandFit: importBrandFit };
  });
  afterEach(async () => {
    await db.delete();
  });
  const visit = (handle: string, tab: number) =>
    handleMessage(
      {
        type: 'content-to-worker:snapshot',
        snapshot: makeSnapshot({ handle, url: `https://www.instagram.com/${handle}/`, capturedAt: new Date().toISOString() }),
      },
      { id: 'x', url: `https://www.instagram.com/${handle}/`, tab: { id: tab } },
      deps,
    );

  it('answers a snapshot of a look-alike of a stored creator with that creator’s handle; the creator itself gets none', async () => {
    await visit('nasa', 1);
    expect(await visit('nаsa', 2)).toMatchObject({ ok: true, lookAlikeOf: 'nasa' });
    expect(await visit('nasa', 3)).toMatchObject({ ok: true, lookAlikeOf: 'nаsa' });
    const control = await visit('natgeo', 4);
    expect(control.ok && 'lookAlikeOf' in control).toBe(false);
  });

  it('writes handles and names in CSV and Markdown exports as shown', async () => {
    await visit(SPOOF, 1);
    await db.creators.update(`instagram:${SPOOF.toLowerCase()}`, { displayName: 'Lena\u202Egnp.exe' });
    const campaign = newCampaign({
      id: 'cmp-h',
      name: 'Handles',
      now: new Date('2026-03-01T00:00:00Z'),
      creators: [{ creatorKey: `instagram:${SPOOF.toLowerCase()}`, platform: 'instagram', handle: SPOOF }],
    });
    const data = buildCampaignExport(campaign, await loadCampaignData(db, campaign));
    const csv = await campaignCsv(data, { i18n });
    expect(csv).toContain('"VetlensBeta[U+202E]exe.png"');
    expect(csv).toContain('"Lena[U+202E]gnp.exe"');
    expect(csv).not.toContain('\u202E');
    const markdown = await campaignMarkdown(data, i18n);
    expect(markdown).toContain('[@VetlensBeta\\[U\\+202E\\]exe\\.png](');
    expect(markdown).not.toContain('\u202E');
  });
});
