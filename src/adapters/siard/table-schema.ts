/**
 * A table's XSD comes from the package, so before xmllint compiles it, it is vetted: well-formed,
 * no DOCTYPE, and no xs:include, xs:import, xs:redefine or xs:override with a schemaLocation (a
 * SIARD table schema is self-contained; a location could make libxml2 read files of this machine).
 * The vetted bytes are written under the caller's quarantine folder.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { createXmlDecoder } from '../../core/package/xml-decoder.ts';

const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
const LINKS = new Set(['include', 'import', 'redefine', 'override']);
/** A table schema lists columns; even thousands of columns stay far below this. */
export const MAX_TABLE_SCHEMA_BYTES = 16 * 1024 * 1024;

export type VettedSchema = { readonly path: string } | { readonly problem: { en: string; sv: string } };

export async function vetTableSchema(bytes: Uint8Array, dir: string, name: string): Promise<VettedSchema> {
  const problem = scan(bytes);
  if (problem) return { problem };
  const path = join(dir, name);
  await writeFile(path, bytes, { flag: 'wx', mode: 0o600 });
  return { path };
}

function scan(bytes: Uint8Array): { en: string; sv: string } | null {
  let found: { en: string; sv: string } | null = null;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('doctype', () => {
    found ??= { en: 'the schema has a DOCTYPE', sv: 'schemat har en DOCTYPE' };
  });
  parser.on('error', (e) => {
    found ??= {
      en: `the schema is not well-formed XML: ${e.message}`,
      sv: `schemat är inte välformad XML: ${e.message}`,
    };
  });
  parser.on('opentag', (tag) => {
    if (tag.uri === XSD_NS && LINKS.has(tag.local) && tag.attributes['schemaLocation'])
      found ??= {
        en: `the schema loads another file (xs:${tag.local} schemaLocation), which samarkiv does not follow`,
        sv: `schemat läser in en annan fil (xs:${tag.local} schemaLocation), vilket samarkiv inte följer`,
      };
  });
  try {
    const decoder = createXmlDecoder();
    parser.write(decoder.decode(bytes) + decoder.flush());
    parser.close();
  } catch (e) {
    found ??= {
      en: `the schema cannot be read: ${(e as Error).message}`,
      sv: `schemat kan inte läsas: ${(e as Error).message}`,
    };
  }
  return found;
}
