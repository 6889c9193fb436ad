/**
 * Local files for tools that need a path or random access: the entry's own file when the package
 * is a folder, otherwise a copy streamed from the package into a private temporary folder that
 * is removed when the validation ends.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
