/**
 * A RandomAccessFile that answers from the bytes already sampled (head and tail) and goes to the
 * real file only for what lies between, in 64 KiB blocks it keeps. A ZIP's central directory sits
 * in the tail and an OLE2 header and directory mostly in the head, so a small container is
 * identified without opening the file again, and a large one with a few block reads instead of
 * one read per record.
 */
import type { ByteSample, RandomAccessFile } from '../../../ports/format-identifier.ts';

const BLOCK = 64 * 1024;
const MAX_BLOCKS = 32;

export class SampledFile implements RandomAccessFile {
  readonly size: number;
  private file: RandomAccessFile | null = null;
  private readonly blocks = new Map<number, Uint8Array>();

  constructor(
    private readonly sample: ByteSample,
    private readonly open?: () => Promise<RandomAccessFile>,
  ) {
    this.size = sample.size;
  }

  /** Whether every byte of the file is in the sample (head and tail together), so no open is needed. */
  get complete(): boolean {
    return this.sample.head.length + this.sample.tail.length >= this.size;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    const end = Math.min(offset + Math.max(0, length), this.size);
    if (offset >= end) return new Uint8Array(0);
    const { head, tail } = this.sample;
    const tailStart = this.size - tail.length;
    if (end <= head.length) return head.subarray(offset, end);
    if (offset >= tailStart) return tail.subarray(offset - tailStart, end - tailStart);
    const out = new Uint8Array(end - offset);
    for (let pos = offset; pos < end;) {
      let piece: Uint8Array;
      if (pos < head.length) piece = head.subarray(pos, Math.min(end, head.length));
      else if (pos >= tailStart) piece = tail.subarray(pos - tailStart, end - tailStart);
      else {
        const index = Math.floor(pos / BLOCK);
        const block = await this.block(index);
        const within = pos - index * BLOCK;
        piece = block.subarray(within, Math.min(block.length, within + Math.min(end, tailStart) - pos));
      }
      if (piece.length === 0) return out.subarray(0, pos - offset); // the file is shorter than it said
      out.set(piece, pos - offset);
      pos += piece.length;
    }
    return out;
  }

  private async block(index: number): Promise<Uint8Array> {
    const cached = this.blocks.get(index);
    if (cached) return cached;
    if (!this.file) {
      if (!this.open) throw new Error('the file is larger than its sample and cannot be opened');
      this.file = await this.open();
    }
    const bytes = await this.file.read(index * BLOCK, BLOCK);
    if (this.blocks.size >= MAX_BLOCKS) this.blocks.delete(this.blocks.keys().next().value as number);
    this.blocks.set(index, bytes);
    return bytes;
  }

  async close(): Promise<void> {
    this.blocks.clear();
    const file = this.file;
    this.file = null;
    await file?.close();
  }
}
