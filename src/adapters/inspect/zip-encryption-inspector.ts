/**
 * Finds encryption and passwords in ZIP files and the office formats built on ZIP or OLE2:
 * encrypted ZIP entries, OpenDocument manifests that declare encryption, and OLE2 files with the
 * marks of Office encryption (a password-protected DOCX is an OLE2 file, not a ZIP). The file's
 * first bytes decide which reader runs, so a misnamed or misidentified file is still looked into.
 * Nested archives are not opened.
 */
import { open } from 'node:fs/promises';
import type { ContentFindings, ContentInspector, InspectableFile } from '../../ports/content-inspector.ts';
import { CFB_SIGNATURE } from './cfb-reader.ts';
import { ODF_PUIDS, OLE2_PUIDS, OOXML_PUIDS, ZIP_PUIDS } from './inspected-formats.ts';
import { readManifestEncryption } from './odf-manifest.ts';
import { findOle2Encryption } from './ole2-encryption.ts';
import { scanZip } from './zip-entries-scan.ts';

const ZIP_SIGNATURES = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];
const NAMES_SHOWN = 5;

export class ZipEncryptionInspector implements ContentInspector {
  handles(puid: string | null): boolean {
    if (puid === null) return false;
    return ZIP_PUIDS.has(puid) || OOXML_PUIDS.has(puid) || ODF_PUIDS.has(puid) || OLE2_PUIDS.has(puid);
  }

  async inspect(file: InspectableFile): Promise<ContentFindings> {
    let head: Buffer;
    try {
      head = await readHead(file.localPath, 8);
    } catch (error) {
      return failed(`cannot read the file: ${(error as Error).message}`);
    }
    try {
      if (head.equals(CFB_SIGNATURE)) return await this.inspectOle2(file.localPath);
      if (ZIP_SIGNATURES.some((sig) => head.subarray(0, 4).equals(sig)))
        return await this.inspectZip(file.localPath);
    } catch (error) {
      return failed(
        `${head.equals(CFB_SIGNATURE) ? 'OLE2' : 'ZIP'} structure is damaged: ${(error as Error).message}`,
      );
    }
    return failed('neither a ZIP nor an OLE2 compound file (the content does not match the format)');
  }

  private async inspectZip(path: string): Promise<ContentFindings> {
    const scan = await scanZip(path);
    const details: string[] = [];
    if (scan.encrypted.length > 0) {
      const schemes = [...new Set(scan.encrypted.map((e) => e.scheme))].join(', ');
      const of = scan.incomplete ? `the first ${scan.entryCount}` : `${scan.entryCount}`;
      details.push(
        `${scan.encrypted.length} of ${of} ZIP entries are encrypted (${schemes}): ${shown(scan.encrypted.map((e) => e.name))}`,
      );
    }
    let inspectionError: string | null = null;
    if (scan.odfManifest) {
      try {
        const manifest = readManifestEncryption(scan.odfManifest);
        if (manifest.encryptedPaths.length > 0) {
          details.push(
            `OpenDocument encryption declared in META-INF/manifest.xml for ${manifest.encryptedPaths.length} entries: ${shown(manifest.encryptedPaths)}`,
          );
        }
        if (manifest.openPgp) details.push('OpenDocument OpenPGP encryption (manifest:keyinfo)');
      } catch (error) {
        inspectionError = `META-INF/manifest.xml is not well-formed: ${(error as Error).message.split('\n')[0]}`;
      }
    }
    return {
      encrypted: details.length > 0,
      encryptionDetail: details.length > 0 ? details.join('; ') : null,
      pdfa: null,
      inspectionError,
    };
  }

  private async inspectOle2(path: string): Promise<ContentFindings> {
    const { findings } = await findOle2Encryption(path);
    return {
      encrypted: findings.length > 0,
      encryptionDetail: findings.length > 0 ? findings.join('; ') : null,
      pdfa: null,
      inspectionError: null,
    };
  }
}

function failed(reason: string): ContentFindings {
  return { encrypted: false, encryptionDetail: null, pdfa: null, inspectionError: reason };
}

function shown(names: readonly string[]): string {
  const head = names.slice(0, NAMES_SHOWN).join(', ');
  return names.length > NAMES_SHOWN ? `${head} and ${names.length - NAMES_SHOWN} more` : head;
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
