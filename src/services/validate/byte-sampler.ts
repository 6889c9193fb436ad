/**
 * Keeps the first and last bytes of a file as it streams past, for format identification: the
 * same read that computes checksums, so identification costs no extra I/O (issue 6).
 */
import type { ByteSample } from '../../ports/format-identifier.ts';

export class ByteSampler {
  private readonly head: Uint8Array;
  private headLength = 0;
  private readonly tail: Uint8Array;
  private tailLength = 0;
  private size = 0;

  constructor(headBytes: number, tailBytes: number) {
    this.head = new Uint8Array(headBytes);
    this.tail = new Uint8Array(tailBytes);
  }

  /** Copies what it needs from the chunk: callers reuse their buffers. */
  observe(chunk: Uint8Array): void {
    this.size += chunk.length;
    if (this.headLength < this.head.length) {
      const n = Math.min(chunk.length, this.head.length - this.headLength);
      this.head.set(chunk.subarray(0, n), this.headLength);
      this.headLength += n;
    }
    const cap = this.tail.length;
    if (cap === 0) return;
    if (chunk.length >= cap) {
      this.tail.set(chunk.subarray(chunk.length - cap));
      this.tailLength = cap;
      return;
    }
    const keep = Math.min(this.tailLength, cap - chunk.length);
    this.tail.copyWithin(0, this.tailLength - keep, this.tailLength);
    this.tail.set(chunk, keep);
    this.tailLength = keep + chunk.length;
  }

  sample(): ByteSample {
    return {
      head: this.head.subarray(0, this.headLength),
      tail: this.tail.subarray(0, this.tailLength),
      size: this.size,
    };
  }
}
