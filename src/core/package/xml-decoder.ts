/**
 * Decodes XML bytes to text in a streaming way, honouring a BOM or the encoding named in the
 * XML declaration (UTF-8 by default). Invalid byte sequences are an error, never replaced silently.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { ArchiveError } from '../errors.ts';

export interface XmlDecoder {
  decode(chunk: Uint8Array): string;
  flush(): string;
}

const DECLARATION = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** What decodes the bytes once the encoding is known: a TextDecoder, or the UTF-8 fast path. */
interface ChunkDecoder {
  readonly encoding: string;
  decode(bytes: Uint8Array, options: { stream: boolean }): string;
}

/**
 * UTF-8 without TextDecoder's streaming mode, which in Node 20 goes through ICU at ~60 MB/s: ASCII
 * runs (almost all of a METS) become latin1 strings, which V8 copies at memory speed, and the rest
 * is checked with simdutf (isUtf8) before decoding. A sequence cut by a chunk boundary waits for
 * the next chunk, and a BOM at the start is dropped, as TextDecoder does.
 */
function utf8Decoder(): ChunkDecoder {
  let carry: Uint8Array | null = null;
  let atStart = true;
  return {
    encoding: 'utf-8',
    decode(bytes, { stream }) {
      let all = bytes;
      if (carry) {
        all = new Uint8Array(carry.length + bytes.length);
        all.set(carry);
        all.set(bytes, carry.length);
        carry = null;
      }
      const end = stream ? completeEnd(all) : all.length;
      // A copy (Buffer#slice would be a view): callers reuse their buffers.
      if (end < all.length) carry = Uint8Array.prototype.slice.call(all, end);
      let part = Buffer.from(all.buffer, all.byteOffset, end);
      if (atStart && part.length > 0) {
        atStart = false;
        if (part[0] === 0xef && part[1] === 0xbb && part[2] === 0xbf) part = part.subarray(3);
      }
      if (isAscii(part)) return part.toString('latin1');
      if (!isUtf8(part)) throw new TypeError('invalid');
      return part.toString('utf8');
    },
  };
}

/** The length of `bytes` without a trailing UTF-8 sequence that is not complete yet. */
function completeEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = bytes[i] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const length = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + length > n ? i : n;
  }
  return n; // invalid either way; isUtf8 says so
}

export function createXmlDecoder(): XmlDecoder {
  let decoder: ChunkDecoder | null = null;
  let pending: Uint8Array[] = [];
  let pendingLength = 0;

  function pick(head: Uint8Array): ChunkDecoder {
    if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
    if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
    const ascii = new TextDecoder('latin1').decode(head.subarray(0, 256));
    const declared = DECLARATION.exec(ascii)?.[1]?.toLowerCase();
    if (!declared || declared === 'utf-8' || declared === 'utf8') return utf8Decoder();
    try {
      return new TextDecoder(declared, { fatal: true });
    } catch {
      throw new ArchiveError('ARC_ERR_XML_MALFORMED', [`unsupported encoding ${declared}`]);
    }
  }

  function run(d: ChunkDecoder, bytes: Uint8Array, stream: boolean): string {
    try {
      return d.decode(bytes, { stream });
    } catch {
      throw new ArchiveError('ARC_ERR_XML_MALFORMED', [`invalid ${d.encoding} byte sequence`]);
    }
  }

  function joinPending(): Uint8Array {
    const all = new Uint8Array(pendingLength);
    let off = 0;
    for (const p of pending) {
      all.set(p, off);
      off += p.length;
    }
    pending = [];
    pendingLength = 0;
    return all;
  }

  return {
    decode(chunk) {
      if (decoder) return run(decoder, chunk, true);
      // Wait for enough bytes to read the XML declaration before choosing the decoder.
      pending.push(Uint8Array.prototype.slice.call(chunk)); // a copy: callers reuse buffers
      pendingLength += chunk.length;
      if (pendingLength < 256) return '';
      const head = joinPending();
      decoder = pick(head);
      return run(decoder, head, true);
    },
    flush() {
      if (!decoder) {
        const head = joinPending();
        decoder = pick(head);
        return run(decoder, head, false);
      }
      return run(decoder, new Uint8Array(0), false);
    },
  };
}
