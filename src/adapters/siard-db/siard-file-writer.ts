/**
 * The .siard ZIP writer (zip-stream-writer.ts: deflate, native CRC-32, ZIP64 when an entry or the
 * file passes 4 GiB); every operation is queued, so the ZIP is written strictly in order. Table
 * XML is streamed into its entry; LOB files found while a table streams cannot be interleaved with it (a
 * ZIP writes one entry at a time), so they wait in a temporary folder beside the output and are
 * added, then deleted, right after the table's entry: the disk holds one table's LOBs at most.
 * Output goes to `.<name>.<random>.part` beside the target and is renamed on success.
 */
import { randomBytes } from 'node:crypto';
import {
  access,
  mkdtemp,
  open,
  readFile,
  rename,
  rm,
  unlink,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { archiveError } from '../../core/errors.ts';
import type { SiardEntryStream, SiardFileWriter } from '../../ports/siard-database.ts';
import { why } from './identifiers.ts';
import { ZipStreamWriter } from './zip-stream-writer.ts';

const DEFAULT_LEVEL = 6;

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
  let file: FileHandle;
  try {
    file = await open(temp, 'wx');
  } catch (e) {
    await rm(lobDir, { recursive: true, force: true });
    throw archiveError('ARC_ERR_WRITE_FAILED', `${out}: ${why(e)}`);
  }
  return new ZipSiardWriter(out, temp, file, lobDir, options.compressionLevel ?? DEFAULT_LEVEL);
}

class ZipSiardWriter implements SiardFileWriter {
  private readonly zip: ZipStreamWriter;
  /** Every operation runs after the previous one: the ZIP is written strictly in order. */
  private tail: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private pendingLobs: PendingLob[] = [];
  private streaming = false;
  private lobCount = 0;

  constructor(
    private readonly out: string,
    private readonly temp: string,
    private readonly file: FileHandle,
    private readonly lobDir: string,
    private readonly level: number,
  ) {
    this.zip = new ZipStreamWriter((bytes) => writeAll(file, bytes));
  }

  private run(work: () => Promise<void>): Promise<void> {
    const next = this.tail.then(() => {
      if (this.failure) throw this.failure;
      return work();
    });
    this.tail = next.catch((e: unknown) => {
      this.failure ??= e;
    });
    return next;
  }

  private check(): void {
    if (this.failure) throw archiveError('ARC_ERR_WRITE_FAILED', `${this.out}: ${why(this.failure)}`);
  }

  folder(name: string): void {
    void this.run(() => this.zip.folder(name)).catch(() => {});
  }

  buffer(name: string, data: Uint8Array): void {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    void this.run(() => this.zip.file(name, bytes, this.level)).catch(() => {});
  }

  stream(name: string): SiardEntryStream {
    this.streaming = true;
    let entry: ReturnType<ZipStreamWriter['stream']> | null = null;
    void this.run(async () => {
      entry = this.zip.stream(name, this.level);
    }).catch(() => {});
    const guarded = async (work: () => Promise<void>): Promise<void> => {
      try {
        await this.run(work);
      } catch {
        this.check();
      }
    };
    return {
      write: (chunk) =>
        guarded(() =>
          (entry as NonNullable<typeof entry>).write(
            Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
          ),
        ),
      end: async () => {
        await guarded(() => (entry as NonNullable<typeof entry>).end());
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

  /** LOB files go in stored (as they are), each read back from its temporary file and removed. */
  private flushLobs(): void {
    for (const { path, name } of this.pendingLobs.splice(0)) {
      void this.run(async () => {
        await this.zip.file(name, await readFile(path), 0);
        await unlink(path);
      }).catch(() => {});
    }
  }

  async finish(): Promise<number> {
    this.flushLobs();
    try {
      await this.run(() => this.zip.finish());
      await this.file.close();
      await rename(this.temp, this.out);
      return this.zip.size;
    } catch (e) {
      await this.abort();
      throw archiveError('ARC_ERR_WRITE_FAILED', `${this.out}: ${why(this.failure ?? e)}`);
    } finally {
      await rm(this.lobDir, { recursive: true, force: true });
    }
  }

  async abort(): Promise<void> {
    this.failure ??= new Error('aborted');
    await this.tail;
    await this.file.close().catch(() => {});
    await rm(this.temp, { force: true });
    await rm(this.lobDir, { recursive: true, force: true });
  }
}

interface PendingLob {
  readonly path: string;
  readonly name: string;
}

async function writeAll(file: FileHandle, bytes: Buffer): Promise<void> {
  let at = 0;
  while (at < bytes.length) at += (await file.write(bytes, at, bytes.length - at)).bytesWritten;
}
