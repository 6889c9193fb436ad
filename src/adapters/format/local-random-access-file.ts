/**
 * A RandomAccessFile over a local file: positioned reads through one file handle, so that container
 * readers (yauzl for ZIP, the OLE2 reader) can jump to central directories and sectors.
 */
import { open } from 'node:fs/promises';
import type { RandomAccessFile } from '../../ports/format-identifier.ts';

export async function openLocalFile(path: string): Promise<RandomAccessFile> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    let closed = false;
    return {
      size,
      async read(offset, length) {
        const want = Math.max(0, Math.min(length, size - offset));
        const buffer = Buffer.allocUnsafe(want);
        let got = 0;
        while (got < want) {
          const { bytesRead } = await handle.read(buffer, got, want - got, offset + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        return buffer.subarray(0, got);
      },
      async close() {
        if (closed) return;
        closed = true;
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
