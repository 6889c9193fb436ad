import type { Rule } from '../../rule.ts';
import { idFindings } from '../shared/ids.ts';
import { checkFileGrps } from './file-checks.ts';

/**
 * CSIP65 (File group identifier): "An `xml:id` identifier for the file group used for internal
 * references within the XML-document. It must be unique within the XML-document."
 * (mets/fileSec/fileGrp/@ID, 1..1; CSIP 2.1: unique within the package)
 */
export const CSIP65: Rule = {
  id: 'CSIP65',
  check: (ctx) =>
    checkFileGrps(ctx, (m, e) => {
      const use = e.grp.attrs['USE'];
      const what = use
        ? { en: `file group '${use}'`, sv: `filgruppen '${use}'` }
        : { en: 'file group', sv: 'filgruppen' };
      return idFindings(ctx, m, e.grp, e.xpath, what);
    }),
};
