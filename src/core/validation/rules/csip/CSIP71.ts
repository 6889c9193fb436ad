import { CHECKSUM_TYPES, type ChecksumType } from '../../package-context.ts';
import { finding, type Rule } from '../../rule.ts';
import { at, checkFiles, fileName, hrefTarget } from './support-structure.ts';

/**
 * CSIP71 (File checksum): "The checksum of the referenced file."
 * (mets/fileSec/fileGrp/file/@CHECKSUM, 1..1)
 *
 * Present, and equal (hex, case-insensitive) to the digest of the file the FLocat points to when
 * the engine computed it for the declared CHECKSUMTYPE. A type outside the METS list is CSIP72's
 * finding; a type the engine cannot compute is SAMARKIV-SUM-1's, never a mismatch here.
 */
export const CSIP71: Rule = {
  id: 'CSIP71',
  check: (ctx) =>
    checkFiles(ctx, (m, e) => {
      const checksum = e.file.attrs['CHECKSUM'];
      const loc = at(m, e.xpath, e.file);
      const name = fileName(m, e);
      if (checksum === undefined || checksum.trim() === '') {
        return [finding(`The file ${name} has no CHECKSUM`, `Filen ${name} saknar CHECKSUM`, loc)];
      }
      const type = e.file.attrs['CHECKSUMTYPE'] ?? '';
      if (!(CHECKSUM_TYPES as readonly string[]).includes(type)) return [];
      const flocat = e.file.flocats[0];
      const target = flocat ? hrefTarget(m, flocat) : null;
      const digest = target ? ctx.files.get(target)?.digests[type as ChecksumType] : undefined;
      if (digest === undefined || sameDigest(type as ChecksumType, checksum.trim(), digest)) return [];
      return [
        finding(
          `The ${type} checksum of the file ${name} does not match: METS states ${checksum.trim()}, the file has ${digest}`,
          `Kontrollsumman (${type}) för filen ${name} stämmer inte: METS anger ${checksum.trim()}, filen har ${digest}`,
          loc,
        ),
      ];
    }),
};

/** Hex digests compare case-insensitively; the 32-bit sums also without leading zeros. */
function sameDigest(type: ChecksumType, stated: string, actual: string): boolean {
  if (stated.toLowerCase() === actual.toLowerCase()) return true;
  if ((type === 'CRC32' || type === 'Adler-32') && /^[0-9a-fA-F]{1,8}$/.test(stated)) {
    return parseInt(stated, 16) === parseInt(actual, 16);
  }
  return false;
}
