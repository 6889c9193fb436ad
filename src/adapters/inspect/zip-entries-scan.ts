/**
 * Reads a ZIP file's central directory with yauzl and notes every encrypted entry: the
 * traditional PKWARE flag (general purpose bit 0), WinZip AES (compression method 99) and PKWARE
 * strong encryption (bit 6), which yauzl itself refuses to list past. No entry is decompressed except, for OpenDocument, the manifest,
 * which is where ODF declares its own encryption.
 */
import yauzl from 'yauzl';
import { ZipFileReader } from '../package/zip-file-reader.ts';

export interface ZipScan {
  readonly entryCount: number;
  /** Encrypted entries with the scheme, e.g. { name: 'a.txt', scheme: 'WinZip AES' }. */
  readonly encrypted: readonly { readonly name: string; readonly scheme: string }[];
  /** META-INF/manifest.xml (ODF), when the file has one; null otherwise. */
  readonly odfManifest: Buffer | null;
  /** yauzl stops listing at an entry with PKWARE strong encryption: the count is then a minimum. */
  readonly incomplete: boolean;
}

const MANIFEST = 'META-INF/manifest.xml';
/** A real manifest is a few kilobytes; a larger one is not read (and reported). */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
const FLAG_ENCRYPTED = 0x0001;
const METHOD_AES = 99;

export async function scanZip(path: string): Promise<ZipScan> {
  // The package reader's file access: yauzl's own issues two tiny reads per directory record.
  const reader = await ZipFileReader.open(path);
  // decodeStrings off: names stay bytes, so an odd name (absolute, "..") is reported, not refused.
  // validateEntrySizes off: sizes are not trusted anyway, and the manifest read is capped here.
  const zip = await yauzl
    .fromRandomAccessReaderPromise(reader, reader.size, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: false,
    })
    .catch((error: unknown) => {
      reader.close(() => {});
      throw error;
    });
  try {
    return await listEntries(zip, reader);
  } finally {
    zip.close();
  }
}

function listEntries(zip: yauzl.ZipFile, reader: ZipFileReader): Promise<ZipScan> {
  return new Promise((resolve, reject) => {
    const encrypted: { name: string; scheme: string }[] = [];
    let entryCount = 0;
    let manifestEntry: yauzl.Entry | null = null;
    zip.on('error', (error: Error) => {
      // yauzl refuses to list past a strong-encryption entry; that entry is the finding.
      if (!/strong encryption/i.test(error.message)) return reject(error);
      encrypted.push({ name: `(entry ${entryCount + 1})`, scheme: 'PKWARE strong encryption' });
      resolve({ entryCount: entryCount + 1, encrypted, odfManifest: null, incomplete: true });
    });
    zip.on('entry', (entry: yauzl.Entry) => {
      entryCount++;
      const name = (entry.fileName as unknown as Buffer).toString('utf8');
      const scheme = schemeOf(entry);
      if (scheme) encrypted.push({ name, scheme });
      if (name === MANIFEST && !scheme) manifestEntry = entry;
      zip.readEntry();
    });
    zip.on('end', () => {
      reader.stopBuffering();
      if (!manifestEntry) return resolve({ entryCount, encrypted, odfManifest: null, incomplete: false });
      readSmallEntry(zip, manifestEntry).then(
        (odfManifest) => resolve({ entryCount, encrypted, odfManifest, incomplete: false }),
        reject,
      );
    });
    zip.readEntry();
  });
}

function schemeOf(entry: yauzl.Entry): string | null {
  if (entry.compressionMethod === METHOD_AES) return 'WinZip AES';
  if (entry.generalPurposeBitFlag & FLAG_ENCRYPTED) return 'ZipCrypto (traditional PKWARE)';
  return null;
}

function readSmallEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const tooLarge = () => new Error(`${MANIFEST} is larger than ${MAX_MANIFEST_BYTES} bytes`);
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error(`cannot read ${MANIFEST}`));
      const chunks: Buffer[] = [];
      let length = 0;
      // The header's size may lie (a deflate bomb): the cap is enforced on the inflated bytes.
      stream.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > MAX_MANIFEST_BYTES) {
          stream.destroy();
          reject(tooLarge());
        } else chunks.push(chunk);
      });
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    });
  });
}
