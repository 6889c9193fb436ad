import type { Finding, Rule } from '../../rule.ts';
import { idFindings, outcome, readableMets } from './support-structure.ts';

/**
 * CSIP59 (File section identifier): "An `xml:id` identifier for the file section used for internal
 * references within the XML-document. It must be unique within the XML-document." (mets/fileSec/@ID)
 * CSIP 2.1 said "unique within the package"; idFindings applies the scope of the profile version.
 */
export const CSIP59: Rule = {
  id: 'CSIP59',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      m.doc.fileSecs.forEach((sec, i) => {
        applicable = true;
        const xpath = m.doc.fileSecs.length > 1 ? `/mets/fileSec[${i + 1}]` : '/mets/fileSec';
        findings.push(
          ...idFindings(ctx, m, sec, xpath, { en: 'file section (fileSec)', sv: 'filsektionen (fileSec)' }),
        );
      });
    }
    return outcome(findings, applicable, {
      en: 'No METS document has a file section',
      sv: 'Inget METS-dokument har någon filsektion',
    });
  },
};
