import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { asArchiveError } from './to-archive-error.ts';

export type ContainerKind = 'zip' | 'tar' | 'tar+gzip';

const BLOCK = 512;

/**
 * Tells a ZIP, TAR or gzip-compressed TAR by its first bytes, never by its file name: a local file
 * header or an empty archive's end record for ZIP; for TAR the "ustar" magic at offset 257 or, for
 * pre-POSIX archives without magic, a header checksum that adds up. `null` for anything else.
 */
export async function detectContainer(file: string): Promise<ContainerKind | null> {
  const head = await readHead(file);
  if (head[0] === 0x50 && head[1] === 0x4b) {
    if ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6)) return 'zip';
  }
  if (head[0] === 0x1f && head[1] === 0x8b && head[2] === 8) {
    return isTarHeader(await peekGunzipped(file)) ? 'tar+gzip' : null;
  }
  return isTarHeader(head) ? 'tar' : null;
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(BLOCK);
    const { bytesRead } = await handle.read(buffer, 0, BLOCK, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The first block of the decompressed stream, inflating no more than that. */
async function peekGunzipped(file: string): Promise<Buffer> {
  const input = createReadStream(file, { highWaterMark: 64 * 1024 });
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  const parts: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      parts.push(chunk);
      length += chunk.length;
      if (length >= BLOCK) break;
    }
  } catch (error) {
    throw asArchiveError(error, 'ARC_ERR_ARCHIVE_CORRUPT', file);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  return Buffer.concat(parts).subarray(0, BLOCK);
}

export function isTarHeader(block: Buffer): boolean {
  if (block.length < BLOCK) return false;
  if (block.toString('latin1', 257, 262) === 'ustar') return true;
  const field = block
    .toString('latin1', 148, 156)
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '');
  if (!/^[0-7]{1,7}$/.test(field)) return false;
  let sum = 8 * 0x20; // the checksum field itself counts as eight spaces
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += block[i] as number;
  return sum === parseInt(field, 8) && sum !== 8 * 0x20;
}
