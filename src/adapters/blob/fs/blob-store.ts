/**
 * A BlobStore in a local folder (`fs:<folder>`): one file per key. A put writes a hidden
 * temporary file next to the target, fsyncs it, renames it into place and fsyncs the folder, so
 * after a crash a key holds either its old complete bytes or its new complete bytes, never a part.
 * Temporary files a crash leaves behind (`.<name>.tmp-<random>`) are never listed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants, createReadStream, type Dirent } from 'node:fs';
import { copyFile, mkdir, open, readdir, rename, rm, rmdir, stat, unlink } from 'node:fs/promises';
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

/**
 * Folder fsyncs shared between puts that renamed into the same folder at the same time: a caller
 * waits for an fsync that started after its rename (the one running may have started before), so
 * many small files in one folder cost a few folder fsyncs instead of one each (ADR 0012).
 */
function folderSyncer(): (dir: string) => Promise<void> {
  const state = new Map<string, { running: Promise<void>; next: Promise<void> | null }>();
  return (dir) => {
    const s = state.get(dir);
    if (!s) {
      const running = fsyncDir(dir).finally(() => {
        const now = state.get(dir);
        if (now?.running === running && !now.next) state.delete(dir);
      });
      state.set(dir, { running, next: null });
      return running;
    }
    s.next ??= s.running
      .catch(() => {})
      .then(() => {
        const following = fsyncDir(dir);
        s.running = following;
        s.next = null;
        return following.finally(() => {
          if (state.get(dir) === s && s.running === following && !s.next) state.delete(dir);
        });
      });
    return s.next;
  };
}

export function openFsBlobStore(folder: string): BlobStore {
  const root = resolve(folder);
  const syncFolder = folderSyncer();
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
    await syncFolder(dir);
    return { size, sha256: hash.digest('hex') };
  }

  /**
   * A kernel copy (copy_file_range/sendfile through libuv), never a reflink: a clone would share
   * its blocks with the source, and a copy must not depend on another file's blocks.
   */
  async function putFile(key: string, source: string): Promise<{ size: number }> {
    const final = pathOf(key);
    const dir = dirname(final);
    await mkdir(dir, { recursive: true });
    const temp = join(dir, `.${final.slice(dir.length + 1)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
    let size: number;
    try {
      await copyFile(source, temp, fsConstants.COPYFILE_EXCL);
      const fh = await open(temp, 'r+');
      try {
        await fh.sync();
        size = (await fh.stat()).size;
      } finally {
        await fh.close();
      }
      await rename(temp, final);
    } catch (e) {
      await unlink(temp).catch(() => {});
      throw e;
    }
    await syncFolder(dir);
    return { size };
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

  /** A folder's entries; a folder that does not exist (nothing stored there yet) has none. */
  async function entriesOf(dir: string): Promise<Dirent[]> {
    try {
      return await readdir(dir, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }

  async function* walk(dir: string, keyPrefix: string, filter: string): AsyncIterable<BlobInfo> {
    for (const entry of await entriesOf(dir)) {
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

  /** Temporary files of interrupted puts: a running put writes (and so touches) its file continuously. */
  async function removeLeftovers(before: Date): Promise<string[]> {
    const removed: string[] = [];
    async function sweep(dir: string, keyPrefix: string): Promise<void> {
      for (const entry of await entriesOf(dir)) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await sweep(path, `${keyPrefix}${entry.name}/`);
        else if (entry.isFile() && isTemp(entry.name)) {
          const st = await stat(path).catch(() => null);
          if (st && st.mtimeMs < before.getTime()) {
            await unlink(path).catch(() => {});
            removed.push(`${keyPrefix}${entry.name}`);
          }
        }
      }
    }
    await sweep(root, '');
    return removed;
  }

  return {
    location: `fs:${root}`,
    removeLeftovers,
    put,
    putFile,
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
