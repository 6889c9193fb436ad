import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** 1 MiB: large enough that a 2 GB file costs ~2,000 reads, small enough to pool a few. */
const CHUNK_SIZE = 1024 * 1024;
/** Buffers kept for reuse between reads; more than this are left to the GC (bounds idle memory). */
const MAX_POOLED = 8;
const pool: Buffer[] = [];

/**
 * Streams a regular file in chunks that are views of one pooled buffer, so reading 100,000 small
 * files or one huge file allocates no new buffer per file or per chunk. Each read() borrows its own
 * buffer, so concurrent reads never share one. O_NOFOLLOW: a symlink swapped in after the listing
 * was checked fails with ELOOP instead of being followed.
 *
 * `expectedSize` lets a short read at the expected end count as end-of-file, which saves the extra
 * read() that would otherwise return 0 for every small file.
 */
export async function* readFileChunks(file: string, expectedSize: number): AsyncGenerator<Uint8Array> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  const buffer = pool.pop() ?? Buffer.allocUnsafe(CHUNK_SIZE);
  try {
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_SIZE, total);
      if (bytesRead === 0) return;
      total += bytesRead;
      yield buffer.subarray(0, bytesRead);
      if (bytesRead < CHUNK_SIZE && total >= expectedSize) return;
    }
  } finally {
    if (pool.length < MAX_POOLED) pool.push(buffer);
    await handle.close();
  }
}
