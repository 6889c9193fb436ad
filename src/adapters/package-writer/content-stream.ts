/**
 * Reads a ContentSource once, as chunks, while a SHA-256 and a byte count are taken on the same
 * pass. Every target (folder, ZIP, TAR) consumes `tap()` so no file is ever read twice.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ContentSource } from '../../core/package/writer/package-spec.ts';

const CHUNK = 1024 * 1024;

export interface SourceInfo {
  /** Size known before reading (file stat, buffer length, declared stream size). */
  readonly size: number;
  readonly mtime?: Date;
}

export async function sourceInfo(source: ContentSource): Promise<SourceInfo> {
  switch (source.kind) {
    case 'buffer':
      return { size: source.data.byteLength };
    case 'stream':
      return { size: source.size };
    case 'file': {
      const st = await stat(source.path);
      if (!st.isFile()) throw new Error(`not a regular file: ${source.path}`);
      return { size: st.size, mtime: st.mtime };
    }
  }
}

async function* chunks(source: ContentSource): AsyncGenerator<Uint8Array> {
  switch (source.kind) {
    case 'buffer':
      yield source.data;
      return;
    case 'stream':
      yield* source.open();
      return;
    case 'file':
      yield* createReadStream(source.path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>;
      return;
  }
}

export interface Tap {
  /** The source's bytes; iterate exactly once. */
  readonly chunks: AsyncGenerator<Uint8Array>;
  /** Size and digest of what was iterated; valid once `chunks` is exhausted. */
  result(): { size: number; sha256: string };
}

/**
 * Wraps the source so that every chunk passing through is hashed and counted. When `expectedSize`
 * is given, reading more or fewer bytes fails (a file that changed while it was being packed).
 */
export function tap(source: ContentSource, expectedSize?: number): Tap {
  const hash = createHash('sha256');
  let size = 0;
  let digest: string | undefined;
  async function* run(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks(source)) {
      hash.update(chunk);
      size += chunk.byteLength;
      if (expectedSize !== undefined && size > expectedSize) {
        throw new Error(`source grew beyond its declared size of ${expectedSize} bytes`);
      }
      yield chunk;
    }
    if (expectedSize !== undefined && size !== expectedSize) {
      throw new Error(`source has ${size} bytes, ${expectedSize} were declared`);
    }
    digest = hash.digest('hex');
  }
  return {
    chunks: run(),
    result: () => {
      if (digest === undefined) throw new Error('tap: source not fully read');
      return { size, sha256: digest };
    },
  };
}
