// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../../../components/report/ReportView';
import { nodeI18n } from '../../../../lib/i18n/node';
import { scoreSnapshot } from '../../../../lib/scoring';
import type { ProfileSnapshot } from '../../../../lib/snapshot';
import { channelPage, genuinePosts, snapshot, watchPage } from '../../scoring/helpers';

const en = nodeI18n('en');
const az = nodeI18n('az');
const T0 = '2026-03-01T12:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

afterEach(() => render(null, document.body));

function show(page: ProfileSnapshot, history: ProfileSnapshot[] = [], i18n = en) {
  render(<ReportView report={{ snapshot: page, scores: scoreSnapshot(page, { history }) }} i18n={i18n} />, document.body);
  const q = (id: string) => document.querySelector(`[data-testid="${id}"]`);
  return { q, text: (id: string) => q(id)?.textContent ?? null };
}

describe('the card: what the scores rest on', () => {
  const channel = channelPage(at(0), 30, { views: (i) => 8_000 + i * 200 });

  it('on a channel page with views only: reach in the engagement box, and how to get likes', () => {
    const { q, text } = show(channel);
    expect(q('vetlens-score-engagement')!.getAttribute('data-measure')).toBe('reach');
    // Median views 10,900 over 100,000 followers: the 42nd percentile of 10k–500k; overall 42 × 2/3 + 100 × 1/3.
    expect(q('vetlens-score-engagement')!.textContent).toBe('Reach42medium confidence');
    expect(q('vetlens-score-overall')!.getAttribute('data-score')).toBe('61');
    expect(text('vetlens-rests-on')).toBe('Based on: Likes: none seen yet · Views: 30 videos on the channel page');
    expect(text('vetlens-hint')).toBe('Open 3 recent videos to get their likes.');
    expect(text('vetlens-reach')).toMatch(/^Reach · Long videos: median views 10.9% of followers, 14.1% typical for 10k–500k\.$/);
    expect(q('vetlens-vs-usual')).toBeNull();
  });

  it('on a watch page after the channel: likes from the videos opened, and this video against the usual', () => {
    const w1 = watchPage(at(1), 'v2', 24 * 5, { views: 9_000, likes: 400, comments: 30 });
    const w2 = watchPage(at(2), 'v4', 24 * 7, { views: 17_200, likes: 620, comments: 44 });
    const { q, text } = show(w2, [channel, w1]);
    expect(q('vetlens-score-engagement')!.getAttribute('data-measure')).toBe('views');
    expect(q('vetlens-score-engagement')!.getAttribute('data-score')).not.toBe('');
    expect(text('vetlens-rests-on')).toBe('Based on: Likes: 2 videos you opened · Views: 28 videos on the channel page + 2 videos you opened');
    expect(text('vetlens-hint')).toBe('Open one more recent video for a firmer score based on likes.');
    const table = q('vetlens-vs-usual')!;
    expect(table.querySelector('h4')!.textContent).toBe("This video vs the creator's usual (median of 29 other videos)");
    const row = (metric: string) => [...table.querySelectorAll(`tr[data-metric="${metric}"] td`)].map((td) => td.textContent);
    expect(row('views')).toEqual(['17,200', '11,000', '×1.6']);
    expect(row('likes')).toEqual(['620', '400', '×1.6']);
    expect(table.querySelector('tr[data-metric="shares"]')).toBeNull();
  });

  it("marks this video's count ≈ against the usual where the page rounded it", () => {
    const w1 = watchPage(at(1), 'v2', 24 * 5, { views: 9_000, likes: 400, comments: 30 });
    const exact = watchPage(at(2), 'v4', 24 * 7, { views: 17_200, likes: 620, comments: 44 });
    const rounded = { ...exact, posts: exact.posts.map((p) => (p.id === 'v4' ? { ...p, rounded: ['views' as const] } : p)) };
    const row = (metric: string) =>
      [...document.querySelectorAll(`[data-testid="vetlens-vs-usual"] tr[data-metric="${metric}"] td`)].map((td) => td.textContent);
    show(rounded, [channel, w1]);
    expect(row('views')).toEqual(['17,200 ≈', '11,000', '×1.6']);
    expect(row('likes')).toEqual(['620', '400', '×1.6']);
  });

  it('says so when no other video of the creator is known', () => {
    const { q } = show(watchPage(at(0), 'v1', 24 * 5, { views: 9_000, likes: 400 }, 50_000));
    expect(q('vetlens-vs-usual')!.textContent).toContain('No other video of this creator seen yet');
  });

  it('speaks Azerbaijani', () => {
    const { text } = show(channel, [], az);
    expect(text('vetlens-rests-on')).toBe('Əsaslandığı məlumat: Bəyənmələr: hələ görünməyib · Baxışlar: kanal səhifəsindəki 30 video');
    expect(text('vetlens-hint')).toBe('Bəyənmələri ölçmək üçün son 3 videonu açın.');
  });
});

describe('the card: clear explanations', () => {
  it('colours an engagement score by its percentile: beating the typical rate is green', () => {
    // 1.1% on 20,000 followers beats the 10k–50k typical 0.97%.
    const s = snapshot({ posts: genuinePosts(220).map((p) => ({ ...p, likes: 216, comments: 4 })) });
    const { q } = show(s);
    const chip = q('vetlens-score-engagement')!;
    expect(Number(chip.getAttribute('data-score'))).toBeLessThan(67);
    expect(Number(chip.getAttribute('data-score'))).toBeGreaterThan(50);
    expect(chip.classList.contains('vl-good')).toBe(true);
  });

  it('gives each reason once: a flag is listed with its colour, not again as a plain reason', () => {
    const s = snapshot({ following: 9_000, followers: 3_000, posts: genuinePosts(60) });
    render(<ReportView report={{ snapshot: s, scores: scoreSnapshot(s, {}) }} i18n={en} open />, document.body);
    const items = [...document.querySelectorAll('.vl-why li')].map((li) => li.textContent);
    const flag = [...document.querySelectorAll('[data-flag="mass-follow"]')];
    expect(flag).toHaveLength(1);
    expect(items.filter((x) => x === flag[0]!.textContent)).toHaveLength(1);
    expect(document.body.textContent).not.toMatch(/\(Nov 2025\) \(2025\)/);
    const rateLine = document.querySelector('[data-testid="vetlens-engagement-rate"]')!.textContent;
    expect(rateLine).toMatch(/typical for/);
    expect(items.filter((x) => x === rateLine)).toHaveLength(0);
    expect(document.body.textContent.match(/Audience age, gender and country/g)).toHaveLength(1);
  });
});

describe('the card: which part a one-part overall rests on', () => {
  it('says so under the overall when one part carries it, in both languages, and says nothing when several do', () => {
    const page = channelPage(at(0), 30, { views: (i) => 8_000 + i * 200 });
    const scores = scoreSnapshot(page, {});
    const onePart = { ...scores.overall, shares: { reach: 1, authenticity: 0 } };
    render(<ReportView report={{ snapshot: page, scores: { ...scores, overall: onePart } }} i18n={en} />, document.body);
    expect(document.querySelector('[data-testid="vetlens-score-overall"] .vl-score-note')?.textContent).toBe('From reach only');
    render(<ReportView report={{ snapshot: page, scores: { ...scores, overall: { ...onePart, shares: { brandFit: 1 } } } }} i18n={az} />, document.body);
    expect(document.querySelector('[data-testid="vetlens-score-overall"] .vl-score-note')?.textContent).toBe('Yalnız brend uyğunluğu əsasında');
    render(
      <ReportView report={{ snapshot: page, scores: { ...scores, overall: { ...onePart, shares: { reach: 0.6, authenticity: 0.4 } } } }} i18n={en} />,
      document.body,
    );
    expect(document.querySelector('[data-testid="vetlens-score-overall"] .vl-score-note')).toBeNull();
  });
});
