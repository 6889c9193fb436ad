/** Calendar arithmetic on ISO dates and quarters, in whole UTC days (no time zones, no clocks). */
import type { IsoDate, Quarter } from './model.ts';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(date: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function isQuarter(q: string): q is Quarter {
  return /^\d{4}-Q[1-4]$/.test(q);
}

function parseQuarter(q: Quarter): { year: number; n: number } {
  if (!isQuarter(q)) throw new RangeError(`not a quarter: ${q}`);
  return { year: Number(q.slice(0, 4)), n: Number(q.slice(6)) };
}

export function quarterOf(date: IsoDate): Quarter {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function quarterStart(q: Quarter): IsoDate {
  const { year, n } = parseQuarter(q);
  return `${year}-${String((n - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export function quarterEnd(q: Quarter): IsoDate {
  return addDays(quarterStart(addQuarters(q, 1)), -1);
}

export function addQuarters(q: Quarter, count: number): Quarter {
  const { year, n } = parseQuarter(q);
  const index = year * 4 + (n - 1) + count;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Index of q relative to `from` (0 = same quarter). */
export function quarterIndex(from: Quarter, q: Quarter): number {
  const a = parseQuarter(from);
  const b = parseQuarter(q);
  return (b.year - a.year) * 4 + (b.n - a.n);
}

export function quarterRange(first: Quarter, count: number): Quarter[] {
  return Array.from({ length: count }, (_, i) => addQuarters(first, i));
}

/** "2022 K1" (Swedish kvartal) or "2022 Q1". */
export function quarterLabel(q: Quarter, lang: 'sv' | 'en' = 'sv'): string {
  return lang === 'sv' ? q.replace('-Q', ' K') : q.replace('-', ' ');
}

/** "YYYY-MM" of a date. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** Months from month a to month b ("YYYY-MM"), b − a. */
export function monthsBetween(a: string, b: string): number {
  return (
    (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + (Number(b.slice(5, 7)) - Number(a.slice(5, 7)))
  );
}

export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
