/**
 * The dates of ext:STARTDATE and ext:ENDDATE: a year, year and month, a date, or an xs:dateTime, as
 * 1.x generators write them. Compared on their common prefix, so 2019 and 2019-06-30 overlap.
 */
import { isXsDateTime } from '../shared/xsd-datatypes.ts';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isFgsDate(raw: string): boolean {
  const v = raw.trim();
  if (isXsDateTime(v)) return true;
  const m = PARTIAL.exec(v);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  return d === undefined || (Number(d) >= 1 && Number(d) <= daysIn(Number(y), month));
}

/** True when `start` lies after `end` (both valid), compared down to the day. */
export function startsAfterEnd(start: string, end: string): boolean {
  const a = start.trim().slice(0, 10);
  const b = end.trim().slice(0, 10);
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}
