/**
 * Local files for tools that need a path or random access: the entry's own file when the package
 * is a folder, otherwise a copy streamed from the package into a private temporary folder that
 * is removed when the validation ends.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RandomAccessFile } from '../../ports/format-identifier.ts';
import type { PackageSource } from '../../ports/package-source.ts';

export interface LocalFile {
  readonly path: string;
  dispose(): Promise<void>;
}

export interface LocalFiles {
  get(source: PackageSource, path: string): Promise<LocalFile>;
  close(): Promise<void>;
}

export function createLocalFiles(baseDir: string = tmpdir()): LocalFiles {
  let dir: Promise<string> | null = null;
  let counter = 0;
  return {
    async get(source, path) {
      const own = source.localPath?.(path);
      if (own) return { path: own, dispose: async () => {} };
      dir ??= mkdtemp(join(baseDir, 'samarkiv-inspect-'));
      // A counter, never the entry's name: nothing from the package names a file on disk.
      const copy = join(await dir, `f${counter++}`);
      const out = createWriteStream(copy, { flags: 'wx' });
      try {
        for await (const chunk of source.read(path)) if (!out.write(chunk)) await once(out, 'drain');
        out.end();
        await once(out, 'finish');
      } catch (e) {
        out.destroy();
        await unlink(copy).catch(() => undefined);
        throw e;
      }
      return { path: copy, dispose: () => unlink(copy).catch(() => undefined) };
    },
    async close() {
      if (dir) await rm(await dir, { recursive: true, force: true });
      dir = null;
    },
  };
}

/** Random access over a local file, for container signatures (ZIP central directory, OLE2 sectors). */
export async function openRandomAccess(path: string): Promise<RandomAccessFile> {
  const fh = await open(path, 'r');
  const { size } = await fh.stat();
  return {
    size,
    async read(offset, length) {
      const want = Math.max(0, Math.min(length, size - offset));
      const buf = Buffer.alloc(want);
      let got = 0;
      while (got < want) {
        const { bytesRead } = await fh.read(buf, got, want - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return buf.subarray(0, got);
    },
    close: () => fh.close(),
  };
}
