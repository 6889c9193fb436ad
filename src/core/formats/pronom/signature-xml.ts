/**
 * The streaming XML reader both signature parsers share: saxes over decoded chunks, with the same
 * safety as the METS parser (any DOCTYPE refused, so no DTD or entity is ever loaded; nesting bounded).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ArchiveError } from '../../errors.ts';
import { createXmlDecoder } from '../../package/xml-decoder.ts';

const MAX_DEPTH = 64;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export interface XmlHandlers {
  open(local: string, attrs: Readonly<Record<string, string>>, depth: number): void;
  close(local: string, text: string, depth: number): void;
}

export interface XmlStream {
  write(chunk: Uint8Array): void;
  end(): void;
}

/** Element text is collected for every element and handed to `close` (signature files are small). */
export function createXmlStream(path: string, handlers: XmlHandlers): XmlStream {
  // Namespaces are not needed: both files use one default namespace (or none) and no prefixes.
  const parser = new SaxesParser({ xmlns: false, position: true });
  const decoder = createXmlDecoder();
  const texts: string[][] = [];
  let failure: ArchiveError | null = null;
  const fail = (e: ArchiveError): void => {
    if (!failure) failure = e;
  };
  parser.on('doctype', () => fail(new ArchiveError('ARC_ERR_XML_DTD_FORBIDDEN', [`${path}:${parser.line}`])));
  parser.on('error', (err) => fail(new ArchiveError('ARC_ERR_XML_MALFORMED', [`${path}: ${err.message}`])));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (failure) return;
    if (texts.length >= MAX_DEPTH)
      return fail(new ArchiveError('ARC_ERR_XML_TOO_DEEP', [`${path}:${parser.line}`]));
    texts.push([]);
    handlers.open(localName(tag.name), tag.attributes, texts.length);
  });
  parser.on('text', (t) => texts[texts.length - 1]?.push(t));
  parser.on('cdata', (t) => texts[texts.length - 1]?.push(t));
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (failure) return;
    const depth = texts.length;
    const text = (texts.pop() ?? []).join('');
    handlers.close(localName(tag.name), text, depth);
  });
  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    write(chunk) {
      check();
      const text = decoder.decode(chunk);
      if (text) parser.write(text);
      check();
    },
    end() {
      check();
      const rest = decoder.flush();
      if (rest) parser.write(rest);
      check();
      parser.close();
      check();
    },
  };
}

/** Parses a whole document held in memory, in one go (tests and small inputs). */
export function feedAll(stream: XmlStream, bytes: Uint8Array): void {
  stream.write(bytes);
  stream.end();
}

export function intAttr(attrs: Readonly<Record<string, string>>, name: string, fallback: number): number {
  const v = attrs[name];
  if (v === undefined || v.trim() === '') return fallback;
  const n = Number(v);
  return Number.isFinite(n) ? n : fallback;
}
