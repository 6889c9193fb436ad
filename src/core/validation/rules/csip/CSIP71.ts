import { finding, type Rule } from '../../rule.ts';
import { digestDiffers } from '../shared/file-facts.ts';
import { fileTarget } from '../shared/file-targets.ts';
import { at } from '../shared/locations.ts';
import { checkFiles, fileName } from './file-checks.ts';

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
      const checksum = e.file.attrs['CHECKSUM']?.trim();
      if (checksum === undefined || checksum === '') {
        const name = fileName(m, e);
        return [
          finding(
            `The file ${name} has no CHECKSUM`,
            `Filen ${name} saknar CHECKSUM`,
            at(m, e.xpath, e.file),
          ),
        ];
      }
      const type = e.file.attrs['CHECKSUMTYPE'] ?? '';
      const target = fileTarget(ctx, m, e);
      const digest = target.exists ? digestDiffers(ctx, target.facts, type, checksum) : undefined;
      if (digest === undefined) return [];
      const name = fileName(m, e);
      return [
        finding(
          `The ${type} checksum of the file ${name} does not match: METS states ${checksum}, the file has ${digest}`,
          `Kontrollsumman (${type}) för filen ${name} stämmer inte: METS anger ${checksum}, filen har ${digest}`,
          at(m, e.xpath, e.file),
        ),
      ];
    }),
};
