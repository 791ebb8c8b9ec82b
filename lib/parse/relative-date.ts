import { namesMonth } from './absolute-date';

/**
 * Reads the relative upload dates YouTube prints under each video ("3 weeks ago", "hace 2 días",
 * "il y a 3 semaines", "3 日前", "2주 전") into an approximate point in time.
 *
 * Only the number and the time unit are read: a channel page lists what is already published, and
 * text that names no unit ("Premieres 12/1/26", "Scheduled for …") gives null, never a guess.
 */

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const UNIT_SECONDS: Record<Unit, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 7 * 86400,
  // Months and years as their average lengths: the text itself is rounded far more than this.
  month: 30.44 * 86400,
  year: 365.25 * 86400,
};

/** Word stems per language: the word after the number must start with one of them. */
const STEMS: Readonly<Record<string, Readonly<Record<Unit, readonly string[]>>>> = {
  en: { second: ['sec'], minute: ['min'], hour: ['hour', 'hr'], day: ['day'], week: ['week', 'wk'], month: ['month', 'mo'], year: ['year', 'yr'] },
  es: { second: ['segundo'], minute: ['minuto'], hour: ['hora'], day: ['día', 'dia'], week: ['semana'], month: ['mes'], year: ['año', 'ano'] },
  pt: { second: ['segundo'], minute: ['minuto'], hour: ['hora'], day: ['dia'], week: ['semana'], month: ['mês', 'mes'], year: ['ano'] },
  fr: { second: ['seconde'], minute: ['minute'], hour: ['heure'], day: ['jour'], week: ['semaine'], month: ['mois'], year: ['an'] },
  de: { second: ['sekunde'], minute: ['minute'], hour: ['stunde'], day: ['tag'], week: ['woche'], month: ['monat'], year: ['jahr'] },
  it: { second: ['second'], minute: ['minut'], hour: ['ora', 'ore'], day: ['giorn'], week: ['settiman'], month: ['mese', 'mesi'], year: ['anno', 'anni'] },
  tr: { second: ['saniye'], minute: ['dakika'], hour: ['saat'], day: ['gün'], week: ['hafta'], month: ['ay'], year: ['yıl'] },
  ru: { second: ['секунд'], minute: ['минут'], hour: ['час'], day: ['день', 'дня', 'дней'], week: ['недел'], month: ['месяц'], year: ['год', 'лет'] },
  uk: {
    second: ['секунд'],
    minute: ['хвилин'],
    hour: ['годин'],
    day: ['день', 'дні', 'днів'],
    week: ['тижд', 'тижн'],
    month: ['місяц'],
    year: ['рік', 'роки', 'років'],
  },
  az: { second: ['saniyə'], minute: ['dəqiqə'], hour: ['saat'], day: ['gün'], week: ['həftə'], month: ['ay'], year: ['il'] },
  pl: {
    second: ['sekund'],
    minute: ['minut'],
    hour: ['godzin'],
    day: ['dzień', 'dni'],
    week: ['tydzień', 'tygodni'],
    month: ['miesiąc', 'miesięcy'],
    year: ['rok', 'lata', 'lat'],
  },
  nl: { second: ['seconde'], minute: ['minuut', 'minuten'], hour: ['uur'], day: ['dag'], week: ['week', 'weken'], month: ['maand'], year: ['jaar'] },
  id: { second: ['detik'], minute: ['menit'], hour: ['jam'], day: ['hari'], week: ['minggu'], month: ['bulan'], year: ['tahun'] },
  hi: { second: ['सेकंड'], minute: ['मिनट'], hour: ['घंटे', 'घंटा'], day: ['दिन'], week: ['सप्ताह', 'हफ़्ते', 'हफ्ते'], month: ['महीने', 'महीना'], year: ['साल', 'वर्ष'] },
  ja: { second: ['秒'], minute: ['分'], hour: ['時間'], day: ['日'], week: ['週間'], month: ['か月', 'ヶ月', 'カ月', 'ヵ月'], year: ['年'] },
  ko: { second: ['초'], minute: ['분'], hour: ['시간'], day: ['일'], week: ['주'], month: ['개월', '달'], year: ['년'] },
  zh: { second: ['秒'], minute: ['分钟', '分鐘'], hour: ['小时', '小時'], day: ['天'], week: ['周', '週'], month: ['个月', '個月'], year: ['年'] },
};

interface RelativeDate {
  /** ISO date-time. */
  iso: string;
  /** Always true: "3 weeks ago" is three weeks give or take. */
  approximate: true;
  unit: Unit;
  amount: number;
}

/**
 * "3 weeks ago" captured at `capturedAt` → about three weeks before it. Null when the text names no
 * number with a time unit of the page's language.
 */
export function parseRelativeDate(text: string | null | undefined, lang: string, capturedAt: Date | string): RelativeDate | null {
  if (!text) return null;
  const now = typeof capturedAt === 'string' ? new Date(capturedAt) : capturedAt;
  if (Number.isNaN(now.getTime())) return null;
  const primary = lang.trim().replace(/_/g, '-').toLowerCase().split('-')[0] ?? '';
  const stems = STEMS[primary];
  if (!stems) return null;
  const cleaned = text
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/g, ' ')
    .toLowerCase();
  // A calendar date ("9 Sept 2010") is never read as "9 seconds ago": a year or a month name says so.
  if (/(?<!\d)(?:19|20)\d\d(?!\d)/.test(cleaned) || namesMonth(cleaned, lang)) return null;
  const match = /(\d+)\s*([^\s\d.,]+)/u.exec(cleaned);
  if (!match) return null;
  const amount = Number(match[1]);
  const word = match[2]!;
  let best: { unit: Unit; length: number } | null = null;
  for (const [unit, list] of Object.entries(stems) as [Unit, readonly string[]][]) {
    for (const stem of list) {
      const normalized = stem.normalize('NFC');
      if (!word.startsWith(normalized)) continue;
      if (!best || normalized.length > best.length) best = { unit, length: normalized.length };
    }
  }
  if (!best) return null;
  if (!Number.isFinite(amount) || amount > 10000) return null;
  const at = new Date(now.getTime() - Math.round(amount * UNIT_SECONDS[best.unit]) * 1000);
  return { iso: at.toISOString(), approximate: true, unit: best.unit, amount };
}
