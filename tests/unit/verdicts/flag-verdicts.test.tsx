// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FlagVerdicts } from '../../../components/sidepanel/creator/FlagVerdicts';
import { ScoreBreakdown } from '../../../components/sidepanel/creator/ScoreBreakdown';
import type { Scores } from '../../../lib/scoring/types';
import type { ToastState } from '../../../components/sidepanel/Toast';
import { nodeI18n } from '../../../lib/i18n/node';
import { openVetlensDB, type VetlensDB } from '../../../lib/storage/db';
import { creatorVerdicts } from '../../../lib/storage/verdicts';
import { judgeScoreFlags } from '../../../lib/verdicts';
import type { AuthenticityScore } from '../../../lib/scoring/types';
import { count, fact, percent } from '../../../lib/scoring/fact';

const KEY = 'instagram:lena';
const jump = fact('flag_follower_jump', percent(0.4), count(10_000), count(14_000), count(1));
const authenticity = { flags: [{ id: 'follower-spike', severity: 'severe', evidence: jump }] } as unknown as AuthenticityScore;

let root: HTMLElement;
let db: VetlensDB;
let toasts: Array<Omit<ToastState, 'id'>>;

async function show() {
  const flags = judgeScoreFlags({ authenticity, brandFit: null }, await creatorVerdicts(db, KEY));
  await act(() => render(<FlagVerdicts db={db} creatorKey={KEY} flags={flags} i18n={nodeI18n('en')} showToast={(t) => toasts.push(t)} />, root));
}

function button(text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button "${text}" in ${root.innerHTML}`);
  return found;
}

beforeEach(async () => {
  root = document.createElement('div');
  document.body.append(root);
  db = openVetlensDB(`flag-verdicts-${Math.random()}`);
  toasts = [];
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

describe('FlagVerdicts in the side panel', () => {
  it('marks a flag explained with the typed note, shows it beside the evidence, and undo takes it back', async () => {
    await show();
    expect(root.querySelector('[data-flag]')?.getAttribute('data-open')).toBe('true');
    expect(root.textContent).toContain('1 open, 0 explained by you');
    await act(() => button('Mark explained').click());
    const note = root.querySelector<HTMLTextAreaElement>('[data-testid="verdict-note-input"]')!;
    note.value = 'A TV appearance that day';
    await act(() => void note.dispatchEvent(new Event('input', { bubbles: true })));
    await act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await act(async () => {
      while ((await creatorVerdicts(db, KEY)).length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect((await creatorVerdicts(db, KEY)).map((v) => [v.flag, v.note])).toEqual([['authenticity:follower-spike', 'A TV appearance that day']]);
    expect(toasts.map((t) => t.message)).toEqual(['Flag marked explained']);

    await show();
    const row = root.querySelector('[data-flag="authenticity:follower-spike"]')!;
    expect(row.getAttribute('data-open')).toBe('false');
    expect(row.textContent).toContain('Followers rose 40% (10,000 → 14,000) in 1 days');
    expect(row.querySelector('[data-testid="verdict-note"]')?.textContent).toBe('Explained by you: A TV appearance that day');
    expect(root.textContent).toContain('0 open, 1 explained by you');

    await toasts[0]!.undo!();
    expect(await creatorVerdicts(db, KEY)).toEqual([]);
  });
});

describe('ScoreBreakdown with verdicts', () => {
  it('keeps an explained flag’s evidence in the score’s reasons, with the marketer’s note beside it, once', async () => {
    const flagged = { ...authenticity, score: 40, confidence: 'medium', reasons: [fact('reason_auth_checks', count(3), count(7))] };
    const scores = {
      overall: { score: 50, confidence: 'medium', reasons: [] },
      engagement: { score: 60, confidence: 'medium', reasons: [] },
      authenticity: flagged,
      brandFit: null,
    } as unknown as Scores;
    const flags = judgeScoreFlags(scores, [
      { creatorKey: KEY, flag: 'authenticity:follower-spike', note: 'A TV appearance', explainedAt: '2026-12-07T12:00:00.000Z' },
    ]);
    await act(() => render(<ScoreBreakdown scores={scores} i18n={nodeI18n('en')} flags={flags} />, root));
    const lines = [...root.querySelectorAll('[data-testid="score-authenticity"] li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'Followers rose 40% (10,000 → 14,000) in 1 days; likes per post could not be compared. (Explained by you: A TV appearance)',
      '3 of 7 checks could run on this data.',
    ]);
  });
});
