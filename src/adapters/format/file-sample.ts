/**
 * Reads the bytes identification needs from a local file: its first `headBytes` and last
 * `tailBytes` (one read when the file is small enough for both to overlap). The validator gets the
 * same sample from its checksum read; this is for `samarkiv identify` and the benchmark.
 */
import { open } from 'node:fs/promises';
import type { ByteSample } from '../../ports/format-identifier.ts';

export async function readFileSample(
  path: string,
  headBytes: number,
  tailBytes: number,
): Promise<ByteSample> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size <= headBytes + tailBytes) {
      const all = Buffer.allocUnsafe(size);
      const { bytesRead } = await handle.read(all, 0, size, 0);
      const bytes = all.subarray(0, bytesRead);
      return {
        head: bytes.subarray(0, headBytes),
        tail: bytes.subarray(Math.max(0, bytes.length - tailBytes)),
        size: bytes.length,
      };
    }
    const head = Buffer.allocUnsafe(headBytes);
    const tail = Buffer.allocUnsafe(tailBytes);
    const [h, t] = await Promise.all([
      handle.read(head, 0, headBytes, 0),
      handle.read(tail, 0, tailBytes, size - tailBytes),
    ]);
    return { head: head.subarray(0, h.bytesRead), tail: tail.subarray(0, t.bytesRead), size };
  } finally {
    await handle.close();
  }
}
