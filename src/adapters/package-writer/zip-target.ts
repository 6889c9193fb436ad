/**
 * ZIP target (yazl): one top-level folder entry, explicit directory entries so empty folders
 * survive, ZIP64 wherever sizes or entry counts need it (yazl decides per entry and for the end
 * records). Entries are added one at a time and each is awaited until yazl has consumed it, so the
 * digest of a file is known before the next file (or a METS that describes it) is added.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { PackageSink } from '../../core/package/writer/package-sink.ts';
import { sourceInfo, tap } from './content-stream.ts';
import { openStoredZipTarget } from './stored-zip-target.ts';
import { fsyncPath, type OpenTarget } from './target.ts';

export const openZipTarget: OpenTarget = async (tempPath, rootName, options) => {
  // Stored entries skip yazl: see stored-zip-target.ts.
  if (options.compress === false) return openStoredZipTarget(tempPath, rootName, options);
  const zip = new yazl.ZipFile();
  const out = createWriteStream(tempPath, { flags: 'wx' });
  const done = pipeline(zip.outputStream, out);
  let failure: unknown;
  done.catch((e: unknown) => {
    failure ??= e;
  });
  // yazl re-emits a failing entry stream as an 'error' on the ZipFile; record it instead of crashing.
  zip.on('error', (e: unknown) => {
    failure ??= e;
  });
  const compress = options.compress ?? true;
  const entry = (path: string): string => `${rootName}/${path}`;
  zip.addEmptyDirectory(rootName, { mtime: new Date() });

  const sink: PackageSink = {
    async mkdir(path) {
      zip.addEmptyDirectory(entry(path));
    },
    async writeFile(path, source, mtime) {
      if (failure) throw failure;
      const info = await sourceInfo(source);
      const t = tap(source, info.size);
      const stream = Readable.from(t.chunks, { objectMode: false });
      const consumed = new Promise<void>((resolve, reject) => {
        stream.once('end', resolve);
        stream.once('error', reject);
        done.catch(reject);
      });
      zip.addReadStreamLazy(entry(path), { mtime: info.mtime ?? mtime, compress, size: info.size }, (cb) =>
        cb(null, stream),
      );
      await consumed;
      return { ...t.result(), ...(info.mtime ? { sourceMtime: info.mtime } : {}) };
    },
  };

  return {
    sink,
    async finish() {
      zip.end();
      await done;
      await fsyncPath(tempPath);
    },
    async abort() {
      out.destroy();
      await done.catch(() => {});
    },
  };
};
