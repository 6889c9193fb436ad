import type { Rule } from '../../rule.ts';
import { idFindings } from '../shared/ids.ts';
import { checkEach } from '../shared/mets-documents.ts';

/**
 * CSIP59 (File section identifier): "An `xml:id` identifier for the file section used for internal
 * references within the XML-document. It must be unique within the XML-document." (mets/fileSec/@ID)
 * CSIP 2.1 said "unique within the package"; idFindings applies the scope of the profile version.
 */
export const CSIP59: Rule = {
  id: 'CSIP59',
  check: (ctx) =>
    checkEach(
      ctx,
      (m) =>
        m.doc.fileSecs.map((sec, i, all) => ({
          sec,
          xpath: all.length > 1 ? `/mets/fileSec[${i + 1}]` : '/mets/fileSec',
        })),
      (m, { sec, xpath }) =>
        idFindings(ctx, m, sec, xpath, { en: 'file section (fileSec)', sv: 'filsektionen (fileSec)' }),
      { en: 'No METS document has a file section', sv: 'Inget METS-dokument har någon filsektion' },
    ),
};
