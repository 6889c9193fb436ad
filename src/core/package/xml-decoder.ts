/**
 * Decodes XML bytes to text in a streaming way, honouring a BOM or the encoding named in the
 * XML declaration (UTF-8 by default). Invalid byte sequences are an error, never replaced silently.
 */
import { ArchiveError } from '../errors.ts';

export interface XmlDecoder {
  decode(chunk: Uint8Array): string;
  flush(): string;
}

const DECLARATION = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

export function createXmlDecoder(): XmlDecoder {
  let decoder: TextDecoder | null = null;
  let pending: Uint8Array[] = [];
  let pendingLength = 0;

  function pick(head: Uint8Array): TextDecoder {
    if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
    if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
    const ascii = new TextDecoder('latin1').decode(head.subarray(0, 256));
    const declared = DECLARATION.exec(ascii)?.[1]?.toLowerCase();
    if (!declared || declared === 'utf-8' || declared === 'utf8')
      return new TextDecoder('utf-8', { fatal: true });
    try {
      return new TextDecoder(declared, { fatal: true });
    } catch {
      throw new ArchiveError('ARC_ERR_XML_MALFORMED', [`unsupported encoding ${declared}`]);
    }
  }

  function run(d: TextDecoder, bytes: Uint8Array, stream: boolean): string {
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
