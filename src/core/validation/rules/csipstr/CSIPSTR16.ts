/**
 * CSIPSTR16: We recommend including any supplementary documentation for the package or a specific
 * representation within the package. Supplementary documentation SHOULD be placed in a sub-folder
 * called documentation within the Information Package root folder and/or the representation
 * folder. Examples of documentation include representation information and manuals for the system
 * the data objects have been exported from.
 *
 * Decision: a package without documentation does not fail. Including documentation is only
 * "recommended" (no requirement keyword); the SHOULD governs where documentation is placed when
 * there is some. So the check is on placement: the files a fileGrp USE="Documentation" lists must
 * lie in a documentation folder of the package or of a representation. Not applicable when the
 * package has neither a documentation folder nor a Documentation fileGrp.
 */
import { notApplicable, type Rule } from '../../rule.ts';
import { isFolder } from '../shared/package-paths.ts';
import { representationFolders } from './listing.ts';
import { filesOfGroupsWithUse, misplacedFiles } from './placement.ts';

export const CSIPSTR16: Rule = {
  id: 'CSIPSTR16',
  check(ctx) {
    const folders = ['documentation', ...representationFolders(ctx).map((r) => `${r}/documentation`)].filter(
      (p) => isFolder(ctx, p),
    );
    if (folders.length === 0 && filesOfGroupsWithUse(ctx, 'Documentation').length === 0) {
      return notApplicable(
        'The package has no supplementary documentation (no documentation folder, no Documentation fileGrp); including it is recommended, not required',
        'Paketet har ingen kompletterande dokumentation (ingen mapp documentation, ingen fileGrp Documentation); sådan rekommenderas men krävs inte',
      );
    }
    return misplacedFiles(ctx, 'Documentation', 'documentation');
  },
};
