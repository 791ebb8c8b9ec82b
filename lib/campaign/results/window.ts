import { scheduleFor, type Campaign, type Schedule } from '../schema';

/**
 * The campaign's dates: when its posts count. The marketer's own start and end dates win; otherwise
 * the schedules give them (the first and last posting date, or the start date plus the weeks or
 * months planned), and a campaign with no start at all starts on the day it was drafted, so a
 * hashtag post from last year is never taken for a campaign post. The end may stay open.
 */
export interface CampaignWindow {
  /** First day, "YYYY-MM-DD". */
  start: string;
  /** Last day, or null while open. */
  end: string | null;
  /** Where each end came from. */
  startFrom: 'campaign' | 'schedule' | 'drafted';
  endFrom: 'campaign' | 'schedule' | null;
}

const DAY_MS = 86_400_000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function addMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** The first and last day a schedule covers; either is null when the schedule does not say. */
export function scheduleSpan(schedule: Schedule): { start: string | null; end: string | null } {
  if (schedule.kind === 'dates') {
    const dates = [...schedule.dates].sort();
    return { start: dates[0] ?? null, end: dates.at(-1) ?? null };
  }
  if (!schedule.startDate) return { start: null, end: null };
  const after = schedule.period === 'week' ? addDays(schedule.startDate, schedule.periods * 7) : addMonths(schedule.startDate, schedule.periods);
  return { start: schedule.startDate, end: addDays(after, -1) };
}

export function campaignWindow(campaign: Pick<Campaign, 'startDate' | 'endDate' | 'defaultSchedule' | 'creators' | 'createdAt'>): CampaignWindow {
  const spans = [campaign.defaultSchedule, ...campaign.creators.map((c) => scheduleFor(campaign, c))].map(scheduleSpan);
  const starts = spans.flatMap((s) => (s.start ? [s.start] : [])).sort();
  const ends = spans.flatMap((s) => (s.end ? [s.end] : [])).sort();
  const start = campaign.startDate ?? starts[0] ?? campaign.createdAt.slice(0, 10);
  const end = campaign.endDate ?? ends.at(-1) ?? null;
  return {
    start,
    end: end !== null && end < start ? start : end,
    startFrom: campaign.startDate ? 'campaign' : starts[0] ? 'schedule' : 'drafted',
    endFrom: campaign.endDate ? 'campaign' : ends.at(-1) ? 'schedule' : null,
  };
}

/**
 * Whether a moment falls in the window. Dates are calendar days and pages give UTC times, so a day
 * on either side is allowed for the time zones between the marketer, the creator and the site.
 */
export function inWindow(window: Pick<CampaignWindow, 'start' | 'end'>, iso: string): boolean {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return false;
  const from = Date.parse(`${window.start}T00:00:00Z`) - DAY_MS;
  const to = window.end === null ? Infinity : Date.parse(`${window.end}T00:00:00Z`) + 2 * DAY_MS;
  return t >= from && t < to;
}

/** Every day from the window's start to its end (or to `today` while open), at most `max` days. */
export function windowDays(window: Pick<CampaignWindow, 'start' | 'end'>, today: string, max = 400): string[] {
  const last = window.end !== null && window.end < today ? window.end : today;
  const days: string[] = [];
  for (let day = window.start; day <= last && days.length < max; day = addDays(day, 1)) days.push(day);
  return days;
}
