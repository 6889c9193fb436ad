/**
 * TAR target (tar-stream): POSIX ustar with PAX headers where a name is long or not ASCII, base-256
 * sizes above 8 GiB, no compression (E-ARK AIP28). A TAR header carries the size before the data,
 * so sources declare it (file stat, buffer length, stream size) and a mismatch fails the write.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import type { PackageSink } from '../../core/package/writer/package-sink.ts';
import { sourceInfo, tap } from './content-stream.ts';
import { fsyncPath, type OpenTarget } from './target.ts';

export const openTarTarget: OpenTarget = async (tempPath, rootName) => {
  const pack = tar.pack();
  const out = createWriteStream(tempPath, { flags: 'wx' });
  const done = pipeline(pack, out);
  let failure: unknown;
  done.catch((e: unknown) => {
    failure ??= e;
  });
  const now = new Date();
  const dir = (name: string): void => {
    pack.entry({ name: `${name}/`, type: 'directory', mode: 0o755, mtime: now });
  };
  dir(rootName);

  const sink: PackageSink = {
    async mkdir(path) {
      dir(`${rootName}/${path}`);
    },
    async writeFile(path, source, mtime) {
      if (failure) throw failure;
      const info = await sourceInfo(source);
      const t = tap(source, info.size);
      let w!: ReturnType<typeof pack.entry>;
      const entryDone = new Promise<void>((resolve, reject) => {
        w = pack.entry(
          {
            name: `${rootName}/${path}`,
            size: info.size,
            mode: 0o644,
            mtime: info.mtime ?? mtime,
            type: 'file',
          },
          (err) => (err ? reject(err) : resolve()),
        );
      });
      entryDone.catch(() => {}); // observed below; avoids an unhandled rejection while streaming
      w.on('error', () => {}); // a destroyed entry re-emits its error; entryDone and `done` carry it
      try {
        for await (const chunk of t.chunks) {
          if (!w.write(chunk)) await Promise.race([once(w, 'drain'), entryDone]);
        }
        w.end(() => {});
        await entryDone;
      } catch (e) {
        w.destroy(e instanceof Error ? e : new Error(String(e)));
        throw e;
      }
      return { ...t.result(), ...(info.mtime ? { sourceMtime: info.mtime } : {}) };
    },
  };

  return {
    sink,
    async finish() {
      pack.finalize();
      await done;
      await fsyncPath(tempPath);
    },
    async abort() {
      pack.destroy();
      out.destroy();
      await done.catch(() => {});
    },
  };
};
