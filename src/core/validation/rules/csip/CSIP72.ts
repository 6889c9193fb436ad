import { CHECKSUM_TYPES } from '../../package-context.ts';
import { finding, type Rule } from '../../rule.ts';
import { at, checkFiles, fileName } from './support-structure.ts';

/**
 * CSIP72 (File checksum type): "A value from the METS-standard which identifies the algorithm used
 * to calculate the checksum for the referenced file." (mets/fileSec/fileGrp/file/@CHECKSUMTYPE)
 *
 * One of the METS 1.12 enumeration values, spelled exactly (the schema is case-sensitive).
 */
export const CSIP72: Rule = {
  id: 'CSIP72',
  check: (ctx) =>
    checkFiles(ctx, (m, e) => {
      const type = e.file.attrs['CHECKSUMTYPE'];
      const loc = at(m, e.xpath, e.file);
      const name = fileName(m, e);
      if (type === undefined || type.trim() === '') {
        return [finding(`The file ${name} has no CHECKSUMTYPE`, `Filen ${name} saknar CHECKSUMTYPE`, loc)];
      }
      if ((CHECKSUM_TYPES as readonly string[]).includes(type)) return [];
      const spelled = CHECKSUM_TYPES.find((t) => t.toLowerCase() === type.trim().toLowerCase());
      return [
        finding(
          spelled
            ? `The file ${name} has CHECKSUMTYPE '${type}'; METS spells it '${spelled}' (the value is case-sensitive)`
            : `The file ${name} has CHECKSUMTYPE '${type}', which is not a METS checksum type (${CHECKSUM_TYPES.join(', ')})`,
          spelled
            ? `Filen ${name} har CHECKSUMTYPE '${type}'; METS stavar det '${spelled}' (värdet är skiftlägeskänsligt)`
            : `Filen ${name} har CHECKSUMTYPE '${type}', som inte är en kontrollsummetyp i METS (${CHECKSUM_TYPES.join(', ')})`,
          loc,
        ),
      ];
    }),
};
