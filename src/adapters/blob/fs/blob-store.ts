/**
 * A BlobStore in a local folder (`fs:<folder>`): one file per key. A put writes a hidden
 * temporary file next to the target, fsyncs it, renames it into place and fsyncs the folder, so
 * after a crash a key holds either its old complete bytes or its new complete bytes, never a part.
 * Temporary files a crash leaves behind (`.<name>.tmp-<random>`) are never listed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, rmdir, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { ArchiveError } from '../../../core/errors.ts';
import { isSafeBlobKey, type BlobInfo, type BlobStore, type BlobWritten } from '../../../ports/blob-store.ts';

const TEMP_MARK = '.tmp-';
const READ_CHUNK = 1024 * 1024;

function isTemp(name: string): boolean {
  return name.startsWith('.') && name.includes(TEMP_MARK);
}

async function fsyncDir(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export function openFsBlobStore(folder: string): BlobStore {
  const root = resolve(folder);
  const pathOf = (key: string): string => {
    if (!isSafeBlobKey(key)) throw new ArchiveError('ARC_ERR_STORAGE_KEY', [key]);
    return join(root, ...key.split('/'));
  };

  async function put(key: string, data: AsyncIterable<Uint8Array>): Promise<BlobWritten> {
    const final = pathOf(key);
    const dir = dirname(final);
    await mkdir(dir, { recursive: true });
    const temp = join(dir, `.${final.slice(dir.length + 1)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    const fh = await open(temp, 'wx');
    try {
      for await (const chunk of data) {
        hash.update(chunk);
        size += chunk.byteLength;
        await fh.write(chunk);
      }
      await fh.sync();
      await fh.close();
      await rename(temp, final);
    } catch (e) {
      await fh.close().catch(() => {});
      await unlink(temp).catch(() => {});
      throw e;
    }
    await fsyncDir(dir);
    return { size, sha256: hash.digest('hex') };
  }

  async function* get(key: string): AsyncIterable<Uint8Array> {
    const path = pathOf(key);
    try {
      yield* createReadStream(path, { highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new ArchiveError('ARC_ERR_NOT_FOUND', [key]);
      throw e;
    }
  }

  async function statKey(key: string): Promise<BlobInfo | null> {
    try {
      const st = await stat(pathOf(key));
      return st.isFile() ? { key, size: st.size } : null;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async function* walk(dir: string, keyPrefix: string, filter: string): AsyncIterable<BlobInfo> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    for (const entry of entries) {
      const key = keyPrefix + entry.name;
      // Descend only where the prefix can still match.
      if (!(key.startsWith(filter) || filter.startsWith(key))) continue;
      if (entry.isDirectory()) {
        yield* walk(join(dir, entry.name), `${key}/`, filter);
      } else if (entry.isFile() && !isTemp(entry.name) && key.startsWith(filter)) {
        const st = await stat(join(dir, entry.name)).catch(() => null);
        if (st) yield { key, size: st.size };
      }
    }
  }

  return {
    location: `fs:${root}`,
    put,
    get,
    stat: statKey,
    list: (prefix) => walk(root, '', prefix),
    async delete(key) {
      await rm(pathOf(key), { force: true });
      // Keep the tree tidy: remove folders the deletion emptied, up to the root.
      for (let dir = dirname(pathOf(key)); dir.startsWith(root + sep); dir = dirname(dir)) {
        try {
          await rmdir(dir);
        } catch {
          break;
        }
      }
    },
    async close() {},
  };
}
