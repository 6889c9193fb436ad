/**
 * Folder target: the package root folder is built at the temporary path and renamed into place by
 * write-package.ts. Each file is created exclusively ('wx'), written chunk by chunk from the tap and
 * fsynced before the next one starts.
 */
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackageSink } from '../../core/package/writer/package-sink.ts';
import { sourceInfo, tap } from './content-stream.ts';
import type { OpenTarget } from './target.ts';

export const openFolderTarget: OpenTarget = async (tempPath) => {
  await mkdir(tempPath);
  const sink: PackageSink = {
    async mkdir(path) {
      await mkdir(join(tempPath, ...path.split('/')), { recursive: true });
    },
    async writeFile(path, source) {
      const info = await sourceInfo(source);
      const t = tap(source, source.kind === 'file' ? undefined : info.size);
      const fh = await open(join(tempPath, ...path.split('/')), 'wx');
      try {
        for await (const chunk of t.chunks) await fh.write(chunk);
        await fh.sync();
      } finally {
        await fh.close();
      }
      return { ...t.result(), ...(info.mtime ? { sourceMtime: info.mtime } : {}) };
    },
  };
  return {
    sink,
    finish: async () => {},
    abort: async () => {},
  };
};
