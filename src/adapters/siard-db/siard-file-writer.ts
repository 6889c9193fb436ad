/**
 * The .siard ZIP writer (yazl, deflate, ZIP64 when an entry or the file passes 4 GiB). Table XML is
 * streamed into its entry; LOB files found while a table streams cannot be interleaved with it (a
 * ZIP writes one entry at a time), so they wait in a temporary folder beside the output and are
 * added, then deleted, right after the table's entry: the disk holds one table's LOBs at most.
 * Output goes to `.<name>.<random>.part` beside the target and is renamed on success.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdtemp, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { once } from 'node:events';
import yazl from 'yazl';
import { archiveError } from '../../core/errors.ts';
import type { SiardEntryStream, SiardFileWriter } from '../../ports/siard-database.ts';
import { why } from './identifiers.ts';

export interface SiardWriterOptions {
  /** zlib level for XML entries (LOBs are stored as they are compressed or not). */
  readonly compressionLevel?: number;
}

export async function createSiardFileWriter(
  out: string,
  options: SiardWriterOptions = {},
): Promise<SiardFileWriter> {
  const exists = await access(out).then(
    () => true,
    () => false,
  );
  if (exists) throw archiveError('ARC_ERR_WRITE_TARGET_EXISTS', out);
  const dir = dirname(out);
  const temp = join(dir, `.${basename(out)}.${randomBytes(6).toString('hex')}.part`);
  let lobDir: string;
  try {
    lobDir = await mkdtemp(join(dir, `.${basename(out)}.lobs-`));
  } catch (e) {
    throw archiveError('ARC_ERR_WRITE_FAILED', `${out}: ${why(e)}`);
  }
  return new YazlSiardWriter(out, temp, lobDir, options.compressionLevel ?? 6);
}

class YazlSiardWriter implements SiardFileWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly file;
  private readonly done: Promise<void>;
  private failure: Error | null = null;
  private pendingLobs: { path: string; name: string }[] = [];
  private streaming = false;
  private lobCount = 0;

  constructor(
    private readonly out: string,
    private readonly temp: string,
    private readonly lobDir: string,
    private readonly level: number,
  ) {
    this.file = createWriteStream(temp, { flags: 'wx' });
    this.zip.outputStream.pipe(this.file);
    this.done = new Promise((resolve, reject) => {
      this.file.on('close', resolve);
      this.file.on('error', (e) => {
        this.failure = e;
        reject(e);
      });
    });
    this.done.catch(() => {});
  }

  private check(): void {
    if (this.failure) throw archiveError('ARC_ERR_WRITE_FAILED', `${this.out}: ${why(this.failure)}`);
  }

  folder(name: string): void {
    this.zip.addEmptyDirectory(name, { mtime: new Date() });
  }

  buffer(name: string, data: Uint8Array): void {
    this.zip.addBuffer(Buffer.from(data.buffer, data.byteOffset, data.byteLength), name, {
      compressionLevel: this.level,
    });
  }

  stream(name: string): SiardEntryStream {
    const pass = new PassThrough({ highWaterMark: 1024 * 1024 });
    this.zip.addReadStream(pass, name, { compressionLevel: this.level });
    this.streaming = true;
    return {
      write: async (chunk) => {
        this.check();
        if (!pass.write(chunk)) await Promise.race([once(pass, 'drain'), this.done]);
        this.check();
      },
      end: async () => {
        pass.end();
        this.streaming = false;
        this.flushLobs();
      },
    };
  }

  async lob(name: string, data: Uint8Array): Promise<void> {
    const path = join(this.lobDir, `lob${this.lobCount++}`);
    await writeFile(path, data);
    this.pendingLobs.push({ path, name });
    if (!this.streaming) this.flushLobs();
  }

  private flushLobs(): void {
    for (const { path, name } of this.pendingLobs.splice(0)) {
      this.zip.addReadStreamLazy(name, { compressionLevel: 0 }, (cb) => {
        const s = createReadStream(path);
        s.on('close', () => void unlink(path).catch(() => {}));
        cb(null, s);
      });
    }
  }

  async finish(): Promise<number> {
    this.flushLobs();
    this.zip.end();
    try {
      await this.done;
      const { size } = await stat(this.temp);
      await rename(this.temp, this.out);
      return size;
    } catch (e) {
      await this.abort();
      throw archiveError('ARC_ERR_WRITE_FAILED', `${this.out}: ${why(e)}`);
    } finally {
      await rm(this.lobDir, { recursive: true, force: true });
    }
  }

  async abort(): Promise<void> {
    this.zip.outputStream.unpipe(this.file);
    this.file.destroy();
    await rm(this.temp, { force: true });
    await rm(this.lobDir, { recursive: true, force: true });
  }
}
