/**
 * Encryption inside an OLE2 compound file, by the marks each format leaves:
 * - Office 2007+ with a password ([MS-OFFCRYPTO] 2.3.4): streams EncryptionInfo + EncryptedPackage;
 * - Word 97–2003 ([MS-DOC] 2.5.2): FIB flag fEncrypted (bit 0x0100 of the word at offset 0x0A)
 *   in the WordDocument stream, as PRONOM's container signature for fmt/754 tests;
 * - Excel 97–2003 ([MS-XLS] 2.4.117): a FILEPASS record (type 0x002F) in the workbook globals;
 * - PowerPoint 97–2003 ([MS-PPT] 2.3.2): CurrentUserAtom headerToken 0xF3D1C4DF, or an
 *   EncryptedSummary stream.
 * Streams inside substorages (embedded objects) count too: encrypted content is encrypted content.
 */
import { CfbFile, type CfbEntry } from './cfb-reader.ts';

const WORD_FIB_MAGIC = 0xa5ec;
const XLS_FILEPASS = 0x002f;
const XLS_EOF = 0x000a;
const PPT_ENCRYPTED_TOKEN = 0xf3d1c4df;
/** How far into the workbook globals FILEPASS may appear (it follows BOF directly). */
const XLS_SCAN_BYTES = 64 * 1024;

export interface Ole2Encryption {
  /** Every finding in words, e.g. "Office 2007+ encryption (EncryptionInfo, EncryptedPackage)". */
  readonly findings: readonly string[];
}

export async function findOle2Encryption(path: string): Promise<Ole2Encryption> {
  const cfb = await CfbFile.open(path);
  try {
    const findings: string[] = [];
    const streams = cfb.entries.filter((e) => e.type === 'stream');
    const byName = (name: string) => streams.filter((e) => baseName(e) === name);
    const where = (e: CfbEntry) => (e.path.includes('/') ? ` in ${e.path}` : '');

    for (const info of byName('EncryptionInfo')) {
      const parent = info.path.slice(0, info.path.length - 'EncryptionInfo'.length);
      const hasPackage = cfb.find(`${parent}EncryptedPackage`) !== undefined;
      findings.push(
        `Office 2007+ encryption (EncryptionInfo${hasPackage ? ', EncryptedPackage' : ''})${where(info)}`,
      );
    }
    for (const word of byName('WordDocument')) {
      const fib = await cfb.readStream(word, 12);
      if (fib.length >= 12 && fib.readUInt16LE(0) === WORD_FIB_MAGIC && fib.readUInt16LE(0x0a) & 0x0100) {
        findings.push(`Word 97-2003 password protection (fEncrypted)${where(word)}`);
      }
    }
    for (const book of [...byName('Workbook'), ...byName('Book')]) {
      if (hasFilePass(await cfb.readStream(book, XLS_SCAN_BYTES))) {
        findings.push(`Excel 97-2003 password protection (FILEPASS)${where(book)}`);
      }
    }
    for (const user of byName('Current User')) {
      const atom = await cfb.readStream(user, 16);
      if (atom.length >= 16 && atom.readUInt32LE(12) === PPT_ENCRYPTED_TOKEN) {
        findings.push(`PowerPoint 97-2003 password protection (CurrentUserAtom)${where(user)}`);
      }
    }
    for (const summary of byName('EncryptedSummary')) {
      findings.push(`PowerPoint 97-2003 encryption (EncryptedSummary)${where(summary)}`);
    }
    return { findings: [...new Set(findings)] };
  } finally {
    await cfb.close();
  }
}

function baseName(entry: CfbEntry): string {
  return entry.path.slice(entry.path.lastIndexOf('/') + 1);
}

/** BIFF records: type (2 bytes), length (2 bytes), data; FILEPASS comes before the globals' EOF. */
function hasFilePass(stream: Buffer): boolean {
  let at = 0;
  while (at + 4 <= stream.length) {
    const type = stream.readUInt16LE(at);
    if (type === XLS_FILEPASS) return true;
    if (type === XLS_EOF) return false;
    at += 4 + stream.readUInt16LE(at + 2);
  }
  return false;
}
