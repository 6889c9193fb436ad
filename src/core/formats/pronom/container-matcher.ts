/**
 * Container signatures (DROID's ContainerSignatureMatch): a container signature matches when every
 * entry it names exists in the container and, where it gives byte signatures, the entry's bytes
 * match at least one of them. Entry access comes through ContainerEntries so that this stays pure.
 */
import {
  compileSequence,
  sequenceMatches,
  type CompiledSequence,
  type Sample,
} from './byte-sequence-matcher.ts';
import { SCAN_WINDOW } from './compiled-signatures.ts';
import type { ContainerSignature, ContainerType } from './signature-model.ts';

/** The entries of one opened container (a ZIP file or an OLE2 compound file). */
export interface ContainerEntries {
  /** Whether an entry (stream, storage or file) with this '/'-separated path exists. */
  has(path: string): boolean;
  /** The entry's first `head` and last `tail` bytes (null when it cannot be read). */
  sample(path: string, head: number, tail: number): Promise<Sample | null>;
}

interface CompiledFile {
  readonly path: string;
  /** Alternatives: any one matching is enough; each is a list of sequences that must all match. */
  readonly signatures: readonly (readonly CompiledSequence[])[];
  readonly head: number;
  readonly tail: number;
}

interface CompiledContainer {
  readonly id: number;
  readonly files: readonly CompiledFile[];
}

export class ContainerMatcher {
  private readonly byType = new Map<ContainerType, CompiledContainer[]>();

  constructor(signatures: readonly ContainerSignature[]) {
    for (const sig of signatures) {
      const files = sig.files.map((f): CompiledFile => {
        const compiled = f.signatures.map((s) => s.sequences.map((q) => compileSequence(q)));
        let head = 0;
        let tail = 0;
        for (const seqs of compiled) {
          for (const s of seqs) {
            if (s.anchor === 'EOF') tail = Math.max(tail, s.reach);
            else head = Math.max(head, s.reach);
          }
        }
        return {
          path: f.path,
          signatures: compiled,
          head: Math.min(head, SCAN_WINDOW),
          tail: Math.min(tail, SCAN_WINDOW),
        };
      });
      this.byType.set(sig.type, [...(this.byType.get(sig.type) ?? []), { id: sig.id, files }]);
    }
  }

  /** IDs of the container signatures of `type` that match the opened container. */
  async match(type: ContainerType, entries: ContainerEntries): Promise<number[]> {
    const candidates = (this.byType.get(type) ?? []).filter((c) => c.files.every((f) => entries.has(f.path)));
    // Read each entry once, with the largest window any candidate needs.
    const windows = new Map<string, { head: number; tail: number }>();
    for (const c of candidates) {
      for (const f of c.files) {
        if (!f.signatures.length) continue;
        const w = windows.get(f.path) ?? { head: 0, tail: 0 };
        windows.set(f.path, { head: Math.max(w.head, f.head), tail: Math.max(w.tail, f.tail) });
      }
    }
    const samples = new Map<string, Sample | null>();
    for (const [path, w] of windows) samples.set(path, await entries.sample(path, w.head, w.tail));
    const hits: number[] = [];
    for (const c of candidates) {
      const ok = c.files.every((f) => {
        if (!f.signatures.length) return true;
        const sample = samples.get(f.path);
        return !!sample && f.signatures.some((seqs) => seqs.every((s) => sequenceMatches(s, sample)));
      });
      if (ok) hits.push(c.id);
    }
    return hits;
  }
}
