import { finding, type Rule } from '../../rule.ts';
import { digestMismatch } from '../shared/file-facts.ts';
import { at } from '../shared/locations.ts';
import { hrefFile } from '../shared/package-paths.ts';
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
      const loc = at(m, e.xpath, e.file);
      const name = fileName(m, e);
      if (checksum === undefined || checksum === '') {
        return [finding(`The file ${name} has no CHECKSUM`, `Filen ${name} saknar CHECKSUM`, loc)];
      }
      const type = e.file.attrs['CHECKSUMTYPE'] ?? '';
      const flocat = e.file.flocats[0];
      const target = flocat ? hrefFile(ctx, m, flocat) : null;
      const digest = target === null ? undefined : digestMismatch(ctx, target, type, checksum);
      if (digest === undefined) return [];
      return [
        finding(
          `The ${type} checksum of the file ${name} does not match: METS states ${checksum}, the file has ${digest}`,
          `Kontrollsumman (${type}) för filen ${name} stämmer inte: METS anger ${checksum}, filen har ${digest}`,
          loc,
        ),
      ];
    }),
};
