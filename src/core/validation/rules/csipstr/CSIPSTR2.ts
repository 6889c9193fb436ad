/**
 * CSIPSTR2: The Information Package root folder SHOULD be named with the ID or name of the
 * Information Package, that is the value of the package METS.xml's root <mets> element's @OBJID
 * attribute.
 *
 * Compared after the character mappings CSIP1 allows for OBJIDs that cannot be folder names
 * (folderNamesFor: `:` → `+` as in the E-ARK AIP samples, percent-encoding of characters file
 * systems refuse). Not applicable without a single root folder (CSIPSTR1) or without an OBJID in
 * the package METS (CSIP1).
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { namesFolder } from './folder-names.ts';

export const CSIPSTR2: Rule = {
  id: 'CSIPSTR2',
  check(ctx) {
    if (ctx.rootName === null) {
      return notApplicable(
        'The package has no single root folder (see CSIPSTR1), so its name cannot be compared with the OBJID',
        'Paketet har ingen enda rotmapp (se CSIPSTR1), så dess namn kan inte jämföras med OBJID',
      );
    }
    const objid = ctx.root?.doc?.mets?.attrs['OBJID'];
    if (objid === undefined || objid.trim() === '') {
      return notApplicable(
        'The package METS has no OBJID (see CSIP1), so the root folder name cannot be compared with it',
        'Paketets METS saknar OBJID (se CSIP1), så rotmappens namn kan inte jämföras med det',
      );
    }
    if (namesFolder(objid, ctx.rootName)) return [];
    return [
      finding(
        `The root folder is named '${ctx.rootName}', but the package OBJID is '${objid.trim()}'; the folder should carry the package ID`,
        `Rotmappen heter '${ctx.rootName}', men paketets OBJID är '${objid.trim()}'; mappen bör namnges efter paketets identifierare`,
        {
          file: ctx.root?.path ?? 'METS.xml',
          xpath: '/mets/@OBJID',
          ...(ctx.root?.doc?.mets ? { line: ctx.root.doc.mets.line } : {}),
        },
      ),
    ];
  },
};
