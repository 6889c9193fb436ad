/**
 * The document element of an XML file from its first bytes, to recognise an ERMS export that is not
 * named like one (`arenden_2019.xml`) without reading all of it. Refuses DTDs like every other XML
 * reader here, and answers null for anything it cannot read: such a file is simply not taken for ERMS.
 */
import { SaxesParser } from 'saxes';
import { createXmlDecoder } from '../package/xml-decoder.ts';

export interface DocumentElement {
  readonly uri: string;
  readonly local: string;
}

export function documentElement(head: Uint8Array): DocumentElement | null {
  const parser = new SaxesParser({ xmlns: true });
  let found: DocumentElement | null = null;
  let bad = false;
  parser.on('doctype', () => (bad = true));
  parser.on('error', () => (bad = true));
  parser.on('opentag', (tag) => {
    found ??= { uri: tag.uri, local: tag.local };
  });
  try {
    const decoder = createXmlDecoder();
    let text = decoder.decode(head);
    try {
      text += decoder.flush();
    } catch {
      // The head was cut inside a multi-byte character: what came before it is enough.
    }
    // The head may end in the middle of the document (or of a tag): stop at the first start tag.
    for (let i = 0; i < text.length && !found && !bad; i += 4096) parser.write(text.slice(i, i + 4096));
  } catch {
    return null;
  }
  return bad ? null : found;
}
