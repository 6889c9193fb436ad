import { closeSync, constants, openSync, readSync } from 'node:fs';
import { blockingTurn } from './event-loop-budget.ts';

/** 1 MiB: large enough that a 2 GB file costs ~2,000 reads, small enough to pool a few. */
const CHUNK_SIZE = 1024 * 1024;
/** Files below this size read into small buffers: 100,000 small files must not churn 1 MiB buffers. */
const SMALL_CHUNK_SIZE = 64 * 1024;
/**
 * Buffers kept for reuse between reads; more are left to the GC. At least as many as the
 * validator's concurrent reads (16): with fewer, every read beyond the pool allocated a fresh
 * buffer, and 100,000 files left gigabytes of garbage ArrayBuffers that inflated peak RSS.
 */
const MAX_POOLED = 24;
const pools = new Map<number, Buffer[]>([
  [CHUNK_SIZE, []],
  [SMALL_CHUNK_SIZE, []],
]);

/** O_NOFOLLOW: a symlink swapped in after the listing was checked fails with ELOOP, not followed. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW;

/**
 * Streams a regular file in chunks that are views of one pooled buffer, so reading 100,000 small
 * files or one huge file allocates no buffer per file or per chunk. Each call borrows its own
 * buffer, so concurrent reads never share one. `expectedSize` lets a short read at the expected
 * end count as end-of-file, which saves the extra read that would return 0 for every small file.
 */
export async function* readFileChunks(file: string, expectedSize: number): AsyncGenerator<Uint8Array> {
  const turn = blockingTurn();
  if (turn) await turn;
  const fd = openSync(file, OPEN_FLAGS);
  try {
    yield* readRangeChunks(fd, 0, expectedSize, true);
  } finally {
    closeSync(fd); // closing a regular file does not wait on the disk
  }
}

/**
 * Streams `length` bytes of an open file from `start` (or, with `toEnd`, everything from `start`,
 * `length` being the expected size) with positioned reads, so one fd can serve concurrent reads.
 * Reads are synchronous while the event-loop budget allows (see event-loop-budget.ts).
 */
export async function* readRangeChunks(
  fd: number,
  start: number,
  length: number,
  toEnd: boolean,
): AsyncGenerator<Uint8Array> {
  const size = length < SMALL_CHUNK_SIZE ? SMALL_CHUNK_SIZE : CHUNK_SIZE;
  const pool = pools.get(size) as Buffer[];
  const buffer = pool.pop() ?? Buffer.allocUnsafeSlow(size);
  try {
    let done = 0;
    for (;;) {
      const wanted = toEnd ? size : Math.min(size, length - done);
      if (wanted === 0) return;
      const turn = blockingTurn();
      if (turn) await turn;
      const bytesRead = readSync(fd, buffer, 0, wanted, start + done);
      if (bytesRead === 0) return;
      done += bytesRead;
      yield buffer.subarray(0, bytesRead);
      if (toEnd && bytesRead < wanted && done >= length) return;
    }
  } finally {
    if (pool.length < MAX_POOLED) pool.push(buffer);
  }
}
