/**
 * A compiled subsequence: the longest run of fixed bytes becomes the anchor, searched for with the
 * native byte search; what precedes and follows it is checked with the element matcher only where
 * the anchor occurs (DROID's anchor-and-fragments strategy, without its Boyer-Moore tables).
 */
import { clip, elementLengths, matchBackward, matchForward, type Lengths } from './element-matcher.ts';
import type { Element, SubSequence, Unit } from './signature-model.ts';

export interface SubsequenceMatch {
  readonly start: number;
  readonly end: number;
}

export interface CompiledSubsequence {
  readonly minOffset: number;
  readonly maxOffset: number;
  readonly left: readonly Element[];
  readonly anchor: Uint8Array;
  readonly right: readonly Element[];
  readonly leftLen: Lengths;
  readonly rightLen: Lengths;
}

/** Splits the elements around their longest run of literal bytes at top level. */
export function compileSubsequence(sub: SubSequence): CompiledSubsequence {
  let best: { el: number; from: number; to: number; len: number } | null = null;
  sub.elements.forEach((e, el) => {
    if (e.kind !== 'units') return;
    let from = 0;
    while (from < e.units.length) {
      let to = from;
      let len = 0;
      while (to < e.units.length && (e.units[to] as Unit).kind === 'literal') {
        len += (e.units[to] as Extract<Unit, { kind: 'literal' }>).bytes.length;
        to++;
      }
      if (len > (best?.len ?? 0)) best = { el, from, to, len };
      from = Math.max(to, from + 1);
    }
  });
  const found = best as { el: number; from: number; to: number; len: number } | null;
  if (!found) {
    // No fixed byte at all: every position is a candidate (rare; only wildcard-and-set patterns).
    const right = sub.elements;
    return finish(sub, [], new Uint8Array(0), right);
  }
  const split = sub.elements[found.el] as Extract<Element, { kind: 'units' }>;
  const before = split.units.slice(0, found.from);
  const after = split.units.slice(found.to);
  const anchor = new Uint8Array(found.len);
  let at = 0;
  for (const u of split.units.slice(found.from, found.to)) {
    if (u.kind === 'literal') {
      anchor.set(u.bytes, at);
      at += u.bytes.length;
    }
  }
  const left = [
    ...sub.elements.slice(0, found.el),
    ...(before.length ? [{ kind: 'units' as const, units: before }] : []),
  ];
  const right = [
    ...(after.length ? [{ kind: 'units' as const, units: after }] : []),
    ...sub.elements.slice(found.el + 1),
  ];
  return finish(sub, left, anchor, right);
}

function finish(
  sub: SubSequence,
  left: Element[],
  anchor: Uint8Array,
  right: readonly Element[],
): CompiledSubsequence {
  return {
    minOffset: sub.minOffset,
    maxOffset: sub.maxOffset,
    left,
    anchor,
    right,
    leftLen: elementLengths(left),
    rightLen: elementLengths(right),
  };
}

function anchorAt(buf: Uint8Array, at: number, anchor: Uint8Array): boolean {
  for (let i = 0; i < anchor.length; i++) if (buf[at + i] !== anchor[i]) return false;
  return true;
}

/** Next anchor position in [from, to] (inclusive), or -1. */
function nextAnchor(buf: Uint8Array, anchor: Uint8Array, from: number, to: number): number {
  if (from > to) return -1;
  if (anchor.length === 0) return from;
  if (to - from < 16) {
    for (let p = from; p <= to; p++) if (anchorAt(buf, p, anchor)) return p;
    return -1;
  }
  const view = Buffer.from(buf.buffer, buf.byteOffset + from, to - from + anchor.length);
  const i = view.indexOf(anchor);
  return i < 0 ? -1 : from + i;
}

/** Previous anchor position in [from, to] (inclusive), searching down from `to`, or -1. */
function prevAnchor(buf: Uint8Array, anchor: Uint8Array, from: number, to: number): number {
  if (from > to) return -1;
  if (anchor.length === 0) return to;
  if (to - from < 16) {
    for (let p = to; p >= from; p--) if (anchorAt(buf, p, anchor)) return p;
    return -1;
  }
  const view = Buffer.from(buf.buffer, buf.byteOffset + from, to - from + anchor.length);
  const i = view.lastIndexOf(anchor);
  return i < 0 ? -1 : from + i;
}

/**
 * Finds the first match, scanning forwards, whose start lies in [startMin, startMax], within
 * buf[0, limit). Returns the earliest end of that match, as DROID moves on from it.
 */
export function findForward(
  s: CompiledSubsequence,
  buf: Uint8Array,
  limit: number,
  startMin: number,
  startMax: number,
): SubsequenceMatch | null {
  const n = s.anchor.length;
  let from = Math.max(startMin + s.leftLen.min, 0);
  const to = Math.min(startMax + s.leftLen.max, limit - n - s.rightLen.min);
  while (from <= to) {
    const a = nextAnchor(buf, s.anchor, from, to);
    if (a < 0) return null;
    from = a + 1;
    const starts = s.left.length ? clip(matchBackward(s.left, buf, [a, a], 0), startMin, startMax) : [a, a];
    if (!starts.length || (starts[0] as number) > startMax) continue;
    const ends = s.right.length ? matchForward(s.right, buf, [a + n, a + n], limit) : [a + n, a + n];
    if (!ends.length) continue;
    return { start: starts[0] as number, end: ends[0] as number };
  }
  return null;
}

/**
 * The mirror for EOF-anchored sequences: the last match, scanning backwards, whose end (exclusive)
 * lies in [endMin, endMax]. Returns the latest start of that match.
 */
export function findBackward(
  s: CompiledSubsequence,
  buf: Uint8Array,
  endMin: number,
  endMax: number,
): SubsequenceMatch | null {
  const n = s.anchor.length;
  const from = Math.max(endMin - s.rightLen.max - n, s.leftLen.min);
  let to = Math.min(endMax - s.rightLen.min - n, buf.length - n);
  while (from <= to) {
    const a = prevAnchor(buf, s.anchor, from, to);
    if (a < 0) return null;
    to = a - 1;
    const ends = s.right.length
      ? clip(matchForward(s.right, buf, [a + n, a + n], buf.length), endMin, endMax)
      : [a + n, a + n];
    if (!ends.length || (ends[0] as number) < endMin || (ends[0] as number) > endMax) continue;
    const starts = s.left.length ? matchBackward(s.left, buf, [a, a], 0) : [a, a];
    if (!starts.length) continue;
    return { start: starts[starts.length - 1] as number, end: ends[ends.length - 1] as number };
  }
  return null;
}
