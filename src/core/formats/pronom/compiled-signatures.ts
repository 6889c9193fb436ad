/**
 * All internal signatures of a signature file, compiled once and indexed so that identifying a
 * file tries only the few signatures that can match it:
 *  - most signatures have a sequence whose anchor sits at a fixed offset from BOF (or EOF); they
 *    are filed under (offset, first anchor byte) and looked up with one byte read per offset;
 *  - the rest (anchors inside a window, or anywhere) are filed under their anchor's byte pairs and
 *    tried only when every pair occurs in the sampled bytes (one pass builds that pair set).
 */
import {
  compileSequence,
  Interner,
  Memo,
  sequenceMatches,
  type CompiledSequence,
  type Sample,
} from './byte-sequence-matcher.ts';
import type { InternalSignature } from './signature-model.ts';

interface Entry {
  readonly id: number;
  /** Cheapest first: fixed sequences, then windowed BOF/EOF, then variable. */
  readonly sequences: readonly CompiledSequence[];
}

interface Unindexed {
  readonly entry: Entry;
  /** Which window the prefilter looks in, how far into it, and the bytes that must occur there. */
  readonly side: 'head' | 'tail';
  readonly reach: number;
  readonly anchor: Uint8Array;
}

/** DROID's default scan window at each end of a file (max bytes to scan). */
export const SCAN_WINDOW = 64 * 1024;

/** Fixed-offset sequences first, then by how many bytes a sequence may have to search. */
function cost(s: CompiledSequence): number {
  return s.fixedAt !== null ? -1 : s.reach;
}

/**
 * Byte pairs present in part of a buffer: a 64 Ki-bit set, grown on demand in one tight pass per
 * byte. It answers "can this anchor occur here at all?" for the signatures that have no fixed
 * position, so that most of them are never searched for. Signatures are asked in order of how far
 * they reach, so a small file or a near-anchored signature never pays for the whole window.
 */
class PairSet {
  private readonly pairs = new Uint32Array(2048);
  private buf: Uint8Array = new Uint8Array(0);
  /** Covered range [lo, hi) of `buf`; empty after reset. */
  private lo = 0;
  private hi = 0;
  private empty = true;

  reset(buf: Uint8Array): this {
    this.pairs.fill(0);
    this.buf = buf;
    this.empty = true;
    return this;
  }

  /** Covers the first `n` bytes, or the last `n` bytes when `fromEnd`. */
  cover(n: number, fromEnd: boolean): this {
    const len = this.buf.length;
    const lo = fromEnd ? Math.max(0, len - n) : 0;
    const hi = fromEnd ? len : Math.min(len, n);
    if (this.empty) {
      this.add(lo, hi);
      this.lo = lo;
      this.hi = hi;
      this.empty = false;
      return this;
    }
    if (lo < this.lo) this.add(lo, this.lo + 1);
    if (hi > this.hi) this.add(this.hi - 1, hi);
    this.lo = Math.min(this.lo, lo);
    this.hi = Math.max(this.hi, hi);
    return this;
  }

  /** Adds the pairs (buf[i-1], buf[i]) for from < i < to. */
  private add(from: number, to: number): void {
    const pairs = this.pairs;
    const buf = this.buf;
    if (to - from < 2) return;
    let prev = buf[from] as number;
    for (let i = from + 1; i < to; i++) {
      const b = buf[i] as number;
      const pair = (prev << 8) | b;
      pairs[pair >>> 5] = (pairs[pair >>> 5] as number) | (1 << (pair & 31));
      prev = b;
    }
  }

  mayContain(anchor: Uint8Array): boolean {
    const pairs = this.pairs;
    for (let i = 1; i < anchor.length; i++) {
      const pair = ((anchor[i - 1] as number) << 8) | (anchor[i] as number);
      if (!((pairs[pair >>> 5] as number) & (1 << (pair & 31)))) return false;
    }
    return true; // one-byte anchors are not filtered (a handful of signatures)
  }
}

export class CompiledSignatures {
  /** Offset → first anchor byte → entries, for BOF and for EOF (offset of the anchor's end from EOF). */
  private readonly bof = new Map<number, Map<number, Entry[]>>();
  private readonly eof = new Map<number, Map<number, Entry[]>>();
  private readonly bofOffsets: number[];
  private readonly eofOffsets: number[];
  private readonly unindexed: Unindexed[] = [];
  private readonly alwaysTry: Entry[] = [];
  // Reused between calls: identification runs one file at a time per process (no await inside match).
  private readonly headPairs = new PairSet();
  private readonly tailPairs = new PairSet();
  /** How many leading / trailing bytes the signatures can look at (capped at SCAN_WINDOW). */
  readonly headBytes: number;
  readonly tailBytes: number;

  constructor(signatures: readonly InternalSignature[]) {
    let head = 0;
    let tail = 0;
    const interner = new Interner();
    for (const sig of signatures) {
      const sequences = sig.sequences
        .map((s) => compileSequence(s, interner))
        .sort((a, b) => cost(a) - cost(b));
      const entry: Entry = { id: sig.id, sequences };
      for (const s of sequences) {
        if (s.anchor === 'EOF') tail = Math.max(tail, s.reach);
        else head = Math.max(head, s.reach);
      }
      this.file(entry);
    }
    this.headBytes = Math.min(head, SCAN_WINDOW);
    this.tailBytes = Math.min(tail, SCAN_WINDOW);
    this.unindexed.sort((a, b) => a.reach - b.reach);
    this.bofOffsets = [...this.bof.keys()].sort((a, b) => a - b);
    this.eofOffsets = [...this.eof.keys()].sort((a, b) => a - b);
  }

  private file(entry: Entry): void {
    const first = entry.sequences[0];
    if (!first) return;
    if (first.fixedAt !== null) {
      const index = first.anchor === 'EOF' ? this.eof : this.bof;
      const sub = first.anchor === 'EOF' ? first.subs[first.subs.length - 1] : first.subs[0];
      const anchor = sub?.anchor as Uint8Array;
      const key = first.anchor === 'EOF' ? (anchor[anchor.length - 1] as number) : (anchor[0] as number);
      const byByte = index.get(first.fixedAt) ?? new Map<number, Entry[]>();
      byByte.set(key, [...(byByte.get(key) ?? []), entry]);
      index.set(first.fixedAt, byByte);
      return;
    }
    // Prefilter on the longest anchor of any subsequence of the cheapest sequence.
    let best: Uint8Array = new Uint8Array(0);
    for (const sub of first.subs) if (sub.anchor.length > best.length) best = sub.anchor;
    if (best.length === 0) this.alwaysTry.push(entry);
    else
      this.unindexed.push({
        entry,
        side: first.anchor === 'EOF' ? 'tail' : 'head',
        reach: first.reach,
        anchor: best,
      });
  }

  /** IDs of the internal signatures that match, in signature-file order of discovery. */
  match(sample: Sample): number[] {
    const hits: number[] = [];
    const memo = new Memo();
    const tryEntry = (e: Entry): void => {
      for (const s of e.sequences) if (!sequenceMatches(s, sample, memo)) return;
      hits.push(e.id);
    };
    const { head, tail } = sample;
    for (const offset of this.bofOffsets) {
      if (offset >= head.length) break;
      const entries = this.bof.get(offset)?.get(head[offset] as number);
      if (entries) for (const e of entries) tryEntry(e);
    }
    for (const offset of this.eofOffsets) {
      if (offset >= tail.length) break;
      const entries = this.eof.get(offset)?.get(tail[tail.length - 1 - offset] as number);
      if (entries) for (const e of entries) tryEntry(e);
    }
    const headPairs = this.headPairs.reset(head);
    const tailPairs = this.tailPairs.reset(tail);
    for (const u of this.unindexed) {
      const set = u.side === 'head' ? headPairs.cover(u.reach, false) : tailPairs.cover(u.reach, true);
      if (set.mayContain(u.anchor)) tryEntry(u.entry);
    }
    for (const e of this.alwaysTry) tryEntry(e);
    return hits;
  }
}
