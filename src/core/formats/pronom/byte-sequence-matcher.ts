/**
 * Matches one DROID byte sequence against a file's sampled bytes. As in DROID (ByteSequence.matches
 * with a max-bytes-to-scan window): BOF and variable sequences are searched in the head window,
 * EOF sequences in the tail window; subsequences are found one after the other without
 * backtracking, each search starting where the previous match ended.
 */
import type { Anchor, ByteSequence, SubSequence } from './signature-model.ts';
import {
  compileSubsequence,
  findBackward,
  findForward,
  type CompiledSubsequence,
} from './subsequence-matcher.ts';

/** The bytes of a file (or a container entry) that identification looks at. */
export interface Sample {
  /** The first bytes (the whole file when it is small). */
  readonly head: Uint8Array;
  /** The last bytes (the whole file when it is small). */
  readonly tail: Uint8Array;
  readonly size: number;
}

export interface CompiledSequence {
  readonly anchor: Anchor;
  readonly subs: readonly CompiledSubsequence[];
  /** Where the first anchor byte sits when that is fixed: from BOF, or (EOF) where the anchor ends, from EOF. */
  readonly fixedAt: number | null;
  /** Bytes of the window this sequence can look at (Infinity: the whole scan window). */
  readonly reach: number;
}

/**
 * Many signatures share whole sequences or first subsequences (every PDF/A signature starts with
 * the same two); compiling through one Interner makes them the same objects, so that a Memo can
 * evaluate each once per file.
 */
export class Interner {
  private readonly subs = new Map<string, CompiledSubsequence>();
  private readonly seqs = new Map<string, CompiledSequence>();

  subsequence(sub: SubSequence): CompiledSubsequence {
    const key = keyOf(sub);
    let c = this.subs.get(key);
    if (!c) this.subs.set(key, (c = compileSubsequence(sub)));
    return c;
  }

  sequence(seq: ByteSequence, build: () => CompiledSequence): CompiledSequence {
    const key = keyOf(seq);
    let c = this.seqs.get(key);
    if (!c) this.seqs.set(key, (c = build()));
    return c;
  }
}

function keyOf(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
  );
}

/** Results already known for one file: whole sequences, and where a shared first subsequence ended. */
export class Memo {
  readonly sequences = new Map<CompiledSequence, boolean>();
  readonly firstBof = new Map<CompiledSubsequence, number>();
  readonly firstVar = new Map<CompiledSubsequence, number>();
  readonly firstEof = new Map<CompiledSubsequence, number>();
}

export function compileSequence(seq: ByteSequence, interner?: Interner): CompiledSequence {
  const build = (): CompiledSequence => {
    const subs = seq.subsequences.map((sub) =>
      interner ? interner.subsequence(sub) : compileSubsequence(sub),
    );
    const first = seq.anchor === 'EOF' ? subs[subs.length - 1] : subs[0];
    let fixedAt: number | null = null;
    let reach = Infinity;
    if (first && seq.anchor !== 'VAR' && first.minOffset === first.maxOffset && first.anchor.length > 0) {
      if (seq.anchor === 'BOF' && first.leftLen.min === first.leftLen.max)
        fixedAt = first.minOffset + first.leftLen.min;
      if (seq.anchor === 'EOF' && first.rightLen.min === first.rightLen.max)
        fixedAt = first.minOffset + first.rightLen.min;
    }
    if (first && seq.anchor !== 'VAR' && subs.length === 1) {
      const span = first.leftLen.max + first.anchor.length + first.rightLen.max;
      reach = first.maxOffset + span;
    }
    return { anchor: seq.anchor, subs, fixedAt, reach };
  };
  return interner ? interner.sequence(seq, build) : build();
}

/** NOT_FOUND marks a memoised first subsequence that did not match. */
const NOT_FOUND = -1;

function matchFromBof(
  subs: readonly CompiledSubsequence[],
  buf: Uint8Array,
  fixed: boolean,
  memo?: Memo,
): boolean {
  let marker = 0;
  for (let i = 0; i < subs.length; i++) {
    const s = subs[i] as CompiledSubsequence;
    const bounded = fixed && i === 0;
    const firsts = i === 0 ? (fixed ? memo?.firstBof : memo?.firstVar) : undefined;
    const known = firsts?.get(s);
    if (known !== undefined) {
      if (known === NOT_FOUND) return false;
      marker = known;
      continue;
    }
    const m = findForward(
      s,
      buf,
      buf.length,
      marker + s.minOffset,
      bounded ? marker + s.maxOffset : buf.length,
    );
    firsts?.set(s, m ? m.end : NOT_FOUND);
    if (!m) return false;
    marker = m.end;
  }
  return true;
}

function matchFromEof(subs: readonly CompiledSubsequence[], buf: Uint8Array, memo?: Memo): boolean {
  let marker = buf.length;
  for (let i = subs.length - 1; i >= 0; i--) {
    const s = subs[i] as CompiledSubsequence;
    const bounded = i === subs.length - 1;
    const known = bounded ? memo?.firstEof.get(s) : undefined;
    if (known !== undefined) {
      if (known === NOT_FOUND) return false;
      marker = known;
      continue;
    }
    const m = findBackward(s, buf, bounded ? marker - s.maxOffset : 0, marker - s.minOffset);
    if (bounded) memo?.firstEof.set(s, m ? m.start : NOT_FOUND);
    if (!m) return false;
    marker = m.start;
  }
  return true;
}

export function sequenceMatches(seq: CompiledSequence, sample: Sample, memo?: Memo): boolean {
  const known = memo?.sequences.get(seq);
  if (known !== undefined) return known;
  const result =
    seq.anchor === 'EOF'
      ? matchFromEof(seq.subs, sample.tail, memo)
      : matchFromBof(seq.subs, sample.head, seq.anchor === 'BOF', memo);
  memo?.sequences.set(seq, result);
  return result;
}
