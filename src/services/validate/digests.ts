/**
 * Computes every requested METS checksum of a file in one read, together with its size.
 * MD5/SHA-* come from node:crypto, CRC32 from zlib, Adler-32 from core; HAVAL, MNP and TIGER have
 * no maintained implementation here and are reported as unsupported (SAMARKIV-SUM-1), never passed.
 */
import { createHash, getHashes, type Hash } from 'node:crypto';
import * as zlib from 'node:zlib';
import { Adler32 } from '../../core/checksum/adler32.ts';
import { OPENSSL_DIGESTS } from '../../core/checksum/digest-algorithms.ts';
import type { ChecksumType } from '../../core/validation/package-context.ts';
import type { FileDigests } from '../../ports/package-source.ts';

interface Digester {
  update(chunk: Uint8Array): void;
  hex(): string;
}

const crc32 = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
const available = new Set(getHashes());

export function isChecksumSupported(type: ChecksumType): boolean {
  if (type === 'Adler-32') return true;
  if (type === 'CRC32') return typeof crc32 === 'function';
  const name = OPENSSL_DIGESTS[type];
  return name !== undefined && available.has(name);
}

function digester(type: ChecksumType): Digester {
  if (type === 'Adler-32') {
    const a = new Adler32();
    return { update: (c) => a.update(c), hex: () => a.digestHex() };
  }
  if (type === 'CRC32' && crc32) {
    let v = 0;
    return {
      update: (c) => {
        v = crc32(c, v);
      },
      hex: () => (v >>> 0).toString(16).padStart(8, '0'),
    };
  }
  const h: Hash = createHash(OPENSSL_DIGESTS[type] as string);
  return { update: (c) => h.update(c), hex: () => h.digest('hex') };
}

export type DigestResult = FileDigests;

/** Optional observer of the same read, e.g. for format identification (first bytes). */
export type ChunkObserver = (chunk: Uint8Array, offset: number) => void;

export async function digestStream(
  chunks: AsyncIterable<Uint8Array>,
  types: Iterable<ChecksumType>,
  observe?: ChunkObserver,
): Promise<DigestResult> {
  const active: [ChecksumType, Digester][] = [];
  for (const t of types) if (isChecksumSupported(t)) active.push([t, digester(t)]);
  let size = 0;
  for await (const chunk of chunks) {
    for (const [, d] of active) d.update(chunk);
    observe?.(chunk, size);
    size += chunk.length;
  }
  const digests: Partial<Record<ChecksumType, string>> = {};
  for (const [t, d] of active) digests[t] = d.hex();
  return { size, digests };
}
