/**
 * FGS1-METS-2 (SHOULD): mets/@OBJID holds a UUID (`UUID:`, `GUID:`, `urn:uuid:` or bare), so a
 * conversion can write `urn:uuid:<uuid>`. A missing OBJID is FGS1-METS-1's finding.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { uuidOfObjid } from '../../../fgs1/identifiers.ts';
import { isBlank, loc, onOptionalSip } from './sip-mets.ts';

export const FGS1_METS_2: Rule = {
  id: 'FGS1-METS-2',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const objid = m.mets.attrs['OBJID'];
      if (objid === undefined || isBlank(objid)) {
        return notApplicable('The package has no OBJID', 'Paketet saknar OBJID');
      }
      if (uuidOfObjid(objid)) return [];
      return [
        finding(
          `OBJID '${objid}' is not a UUID (expected UUID:<uuid> or GUID:<uuid>); a conversion to E-ARK cannot write it as urn:uuid`,
          `OBJID '${objid}' är inget UUID (UUID:<uuid> eller GUID:<uuid> förväntades); en konvertering till E-ARK kan inte skriva det som urn:uuid`,
          loc(m, '/mets/@OBJID', m.mets),
        ),
      ];
    }),
};
