/**
 * OpenDocument encryption is not ZIP encryption: the entries are stored as usual and
 * META-INF/manifest.xml declares, per file entry, a `manifest:encryption-data` element (ODF 1.0
 * to 1.3, and OpenOffice.org 1.x under its own namespace); ODF 1.3's OpenPGP encryption adds
 * `manifest:keyinfo`. Any of these means the document needs a password or key to be read.
 */
import { SaxesParser } from 'saxes';

const MANIFEST_NAMESPACES = new Set([
  'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
  'http://openoffice.org/2001/manifest',
]);

export interface ManifestEncryption {
  /** full-path of every file entry that carries encryption-data. */
  readonly encryptedPaths: readonly string[];
  /** ODF 1.3 OpenPGP key information is present. */
  readonly openPgp: boolean;
}

/** Throws when the manifest is not well-formed XML. */
export function readManifestEncryption(xml: Buffer): ManifestEncryption {
  const encryptedPaths: string[] = [];
  let openPgp = false;
  let currentPath: string | null = null;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (!MANIFEST_NAMESPACES.has(tag.uri)) return;
    if (tag.local === 'file-entry') {
      currentPath =
        Object.values(tag.attributes).find((a) => a.local === 'full-path')?.value ?? '(unnamed entry)';
    } else if (tag.local === 'encryption-data' && currentPath !== null) {
      encryptedPaths.push(currentPath);
      currentPath = null; // one mention per entry
    } else if (tag.local === 'keyinfo') {
      openPgp = true;
    }
  });
  parser.on('closetag', (tag) => {
    if (MANIFEST_NAMESPACES.has(tag.uri) && tag.local === 'file-entry') currentPath = null;
  });
  parser.write(xml.toString('utf8').replace(/^\uFEFF/, '')).close();
  return { encryptedPaths, openPgp };
}
