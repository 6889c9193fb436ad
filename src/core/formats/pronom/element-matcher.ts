/**
 * Matches pattern elements (units, bounded gaps, alternatives) next to a known position, forwards
 * (for what follows an anchor) or backwards (for what precedes it). Gaps and alternatives make the
 * outcome a set of positions, kept as sorted, merged spans [lo0, hi0, lo1, hi1, …] so that a gap
 * of 0–999999 bytes costs two numbers, not a million.
 */
import type { Element, Unit } from './signature-model.ts';

export type Spans = number[];

export interface Lengths {
  readonly min: number;
  readonly max: number;
}

export function unitLength(u: Unit): number {
  return u.kind === 'literal' ? u.bytes.length : 1;
}

export function elementLengths(elements: readonly Element[]): Lengths {
  let min = 0;
  let max = 0;
  for (const e of elements) {
    if (e.kind === 'units') {
      const n = e.units.reduce((s, u) => s + unitLength(u), 0);
      min += n;
      max += n;
    } else if (e.kind === 'gap') {
      min += e.min;
      max += e.max;
    } else {
      const ls = e.options.map(elementLengths);
      min += Math.min(...ls.map((l) => l.min));
      max += Math.max(...ls.map((l) => l.max));
    }
  }
  return { min, max };
}

/** Whether `units` match `buf` starting at `at` (the caller checked that they fit). */
export function unitsMatchAt(buf: Uint8Array, at: number, units: readonly Unit[]): boolean {
  let p = at;
  for (const u of units) {
    if (u.kind === 'literal') {
      const b = u.bytes;
      for (let i = 0; i < b.length; i++) if (buf[p + i] !== b[i]) return false;
      p += b.length;
    } else {
      if (!u.table[buf[p] as number]) return false;
      p += 1;
    }
  }
  return true;
}

/** Merges possibly overlapping, unsorted spans. */
function normalise(spans: Spans): Spans {
  if (spans.length <= 2) return spans;
  const pairs: [number, number][] = [];
  for (let i = 0; i < spans.length; i += 2) pairs.push([spans[i] as number, spans[i + 1] as number]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Spans = [];
  for (const [lo, hi] of pairs) {
    const last = out.length - 1;
    if (last > 0 && lo <= (out[last] as number) + 1) out[last] = Math.max(out[last] as number, hi);
    else out.push(lo, hi);
  }
  return out;
}

function fixedLength(units: readonly Unit[]): number {
  let n = 0;
  for (const u of units) n += unitLength(u);
  return n;
}

/**
 * From the positions in `spans`, where can `elements` end when read forwards within [0, limit]?
 * Returns the spans of end positions (exclusive), empty when nothing matches.
 */
export function matchForward(
  elements: readonly Element[],
  buf: Uint8Array,
  spans: Spans,
  limit: number,
): Spans {
  let current = spans;
  for (const e of elements) {
    if (!current.length) return current;
    const point = current.length === 2 && current[0] === current[1] ? (current[0] as number) : -1;
    // The usual case next to an anchor: one position, fixed bytes or alternatives of fixed bytes.
    current =
      (point >= 0 ? forwardFromPoint(e, buf, point, limit) : null) ?? stepForward(e, buf, current, limit);
  }
  return current;
}

/**
 * Calls `found` for every start in [from, to] where `units` match. After a wide gap the range is
 * long, so a leading literal is looked for with the native byte search instead of byte by byte.
 */
function eachMatch(
  buf: Uint8Array,
  units: readonly Unit[],
  from: number,
  to: number,
  found: (p: number) => void,
): void {
  const first = units[0];
  if (first?.kind === 'literal' && to - from > 16) {
    const view = Buffer.from(buf.buffer, buf.byteOffset + from, to - from + first.bytes.length);
    for (let i = view.indexOf(first.bytes); i >= 0; i = view.indexOf(first.bytes, i + 1)) {
      if (unitsMatchAt(buf, from + i, units)) found(from + i);
    }
    return;
  }
  for (let p = from; p <= to; p++) if (unitsMatchAt(buf, p, units)) found(p);
}

function stepForward(e: Element, buf: Uint8Array, current: Spans, limit: number): Spans {
  const next: Spans = [];
  if (e.kind === 'units') {
    const n = fixedLength(e.units);
    for (let i = 0; i < current.length; i += 2) {
      eachMatch(buf, e.units, current[i] as number, Math.min(current[i + 1] as number, limit - n), (p) =>
        next.push(p + n, p + n),
      );
    }
  } else if (e.kind === 'gap') {
    for (let i = 0; i < current.length; i += 2) {
      const lo = (current[i] as number) + e.min;
      const hi = Math.min((current[i + 1] as number) + e.max, limit);
      if (lo <= hi) next.push(lo, hi);
    }
  } else {
    for (const option of e.options) next.push(...matchForward(option, buf, current, limit));
  }
  return normalise(next);
}

/**
 * The mirror of matchForward: from the positions in `spans`, where can `elements` start when they
 * must end there, reading backwards within [floor, …]? Returns the spans of start positions.
 */
export function matchBackward(
  elements: readonly Element[],
  buf: Uint8Array,
  spans: Spans,
  floor: number,
): Spans {
  let current = spans;
  for (let k = elements.length - 1; k >= 0; k--) {
    const e = elements[k] as Element;
    if (!current.length) return current;
    const point = current.length === 2 && current[0] === current[1] ? (current[0] as number) : -1;
    current =
      (point >= 0 ? backwardFromPoint(e, buf, point, floor) : null) ?? stepBackward(e, buf, current, floor);
  }
  return current;
}

function stepBackward(e: Element, buf: Uint8Array, current: Spans, floor: number): Spans {
  const next: Spans = [];
  if (e.kind === 'units') {
    const n = fixedLength(e.units);
    for (let i = 0; i < current.length; i += 2) {
      const lo = Math.max(current[i] as number, floor + n);
      eachMatch(buf, e.units, lo - n, (current[i + 1] as number) - n, (q) => next.push(q, q));
    }
  } else if (e.kind === 'gap') {
    for (let i = 0; i < current.length; i += 2) {
      const lo = Math.max((current[i] as number) - e.max, floor);
      const hi = (current[i + 1] as number) - e.min;
      if (lo <= hi) next.push(lo, hi);
    }
  } else {
    for (const option of e.options) next.push(...matchBackward(option, buf, current, floor));
  }
  return normalise(next);
}

type Alt = Extract<Element, { kind: 'alt' }>;

/**
 * Options of an alternative that are plain fixed bytes, filed by their first byte (null when some
 * option is not plain). Signatures such as "@ followed by one of 40 words" then cost one lookup.
 */
const byFirstByte = new WeakMap<Alt, (readonly (readonly Unit[])[])[] | null>();

function plainOptions(e: Alt): (readonly (readonly Unit[])[])[] | null {
  let index = byFirstByte.get(e);
  if (index !== undefined) return index;
  index = Array.from({ length: 256 }, () => [] as (readonly Unit[])[]);
  for (const option of e.options) {
    const only = option[0];
    if (option.length !== 1 || only?.kind !== 'units') {
      index = null;
      break;
    }
    const first = only.units[0];
    for (let b = 0; b < 256; b++) {
      const accepts = !first || (first.kind === 'literal' ? first.bytes[0] === b : first.table[b] === 1);
      if (accepts) (index[b] as (readonly Unit[])[]).push(only.units);
    }
  }
  byFirstByte.set(e, index);
  return index;
}

/** Ends of `e` read forwards from one position, when `e` is fixed bytes or options of fixed bytes; else null. */
function forwardFromPoint(e: Element, buf: Uint8Array, p: number, limit: number): Spans | null {
  if (e.kind === 'units') {
    const n = fixedLength(e.units);
    return p + n <= limit && unitsMatchAt(buf, p, e.units) ? [p + n, p + n] : [];
  }
  if (e.kind !== 'alt') return null;
  const index = plainOptions(e);
  if (!index) return null;
  if (p >= limit)
    return e.options.some((o) => fixedLength((o[0] as Extract<Element, { kind: 'units' }>).units) === 0)
      ? [p, p]
      : [];
  const ends: Spans = [];
  for (const units of index[buf[p] as number] as (readonly Unit[])[]) {
    const n = fixedLength(units);
    if (p + n <= limit && unitsMatchAt(buf, p, units)) ends.push(p + n, p + n);
  }
  return normalise(ends);
}

function backwardFromPoint(e: Element, buf: Uint8Array, p: number, floor: number): Spans | null {
  if (e.kind === 'units') {
    const n = fixedLength(e.units);
    return p - n >= floor && unitsMatchAt(buf, p - n, e.units) ? [p - n, p - n] : [];
  }
  if (e.kind !== 'alt' || !plainOptions(e)) return null;
  const starts: Spans = [];
  for (const option of e.options) {
    const units = (option[0] as Extract<Element, { kind: 'units' }>).units;
    const n = fixedLength(units);
    if (p - n >= floor && unitsMatchAt(buf, p - n, units)) starts.push(p - n, p - n);
  }
  return normalise(starts);
}

/** Keeps the parts of `spans` inside [lo, hi]. */
export function clip(spans: Spans, lo: number, hi: number): Spans {
  const out: Spans = [];
  for (let i = 0; i < spans.length; i += 2) {
    const a = Math.max(spans[i] as number, lo);
    const b = Math.min(spans[i + 1] as number, hi);
    if (a <= b) out.push(a, b);
  }
  return out;
}
