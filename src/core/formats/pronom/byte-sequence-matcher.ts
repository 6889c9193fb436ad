/**
 * Matches one DROID byte sequence against a file's sampled bytes. As in DROID (ByteSequence.matches
 * with a max-bytes-to-scan window): BOF and variable sequences are searched in the head window,
 * EOF sequences in the tail window; subsequences are found one after the other without
 * backtracking, each search starting where the previous match ended.
 */
import type { Anchor, ByteSequence } from './signature-model.ts';
import { compileSubsequence, findBackward, findForward, type CompiledSubsequence } from './subsequence-matcher.ts';

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

export function compileSequence(seq: ByteSequence): CompiledSequence {
  const subs = seq.subsequences.map(compileSubsequence);
  const first = seq.anchor === 'EOF' ? subs[subs.length - 1] : subs[0];
  let fixedAt: number | null = null;
  let reach = Infinity;
  if (first && seq.anchor !== 'VAR' && first.minOffset === first.maxOffset && first.anchor.length > 0) {
    if (seq.anchor === 'BOF' && first.leftLen.min === first.leftLen.max) fixedAt = first.minOffset + first.leftLen.min;
    if (seq.anchor === 'EOF' && first.rightLen.min === first.rightLen.max) fixedAt = first.minOffset + first.rightLen.min;
  }
  if (first && seq.anchor !== 'VAR' && subs.length === 1) {
    reach = first.maxOffset + (seq.anchor === 'BOF' ? first.leftLen.max + first.anchor.length + first.rightLen.max : first.rightLen.max + first.anchor.length + first.leftLen.max);
  }
  return { anchor: seq.anchor, subs, fixedAt, reach };
}

function matchFromBof(subs: readonly CompiledSubsequence[], buf: Uint8Array, fixed: boolean): boolean {
  let marker = 0;
  for (let i = 0; i < subs.length; i++) {
    const s = subs[i] as CompiledSubsequence;
    const bounded = fixed && i === 0;
    const m = findForward(s, buf, buf.length, marker + s.minOffset, bounded ? marker + s.maxOffset : buf.length);
    if (!m) return false;
    marker = m.end;
  }
  return true;
}

function matchFromEof(subs: readonly CompiledSubsequence[], buf: Uint8Array): boolean {
  let marker = buf.length;
  for (let i = subs.length - 1; i >= 0; i--) {
    const s = subs[i] as CompiledSubsequence;
    const bounded = i === subs.length - 1;
    const m = findBackward(s, buf, bounded ? marker - s.maxOffset : 0, marker - s.minOffset);
    if (!m) return false;
    marker = m.start;
  }
  return true;
}

export function sequenceMatches(seq: CompiledSequence, sample: Sample): boolean {
  if (seq.anchor === 'EOF') return matchFromEof(seq.subs, sample.tail);
  return matchFromBof(seq.subs, sample.head, seq.anchor === 'BOF');
}
