import type { Finding, Rule } from '../../rule.ts';
import { fileGrps, idFindings, outcome, readableMets } from './support-structure.ts';

/**
 * CSIP65 (File group identifier): "An `xml:id` identifier for the file group used for internal
 * references within the XML-document. It must be unique within the XML-document."
 * (mets/fileSec/fileGrp/@ID, 1..1; CSIP 2.1: unique within the package)
 */
export const CSIP65: Rule = {
  id: 'CSIP65',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      for (const e of fileGrps(m.doc)) {
        applicable = true;
        const use = e.grp.attrs['USE'];
        const what = use
          ? { en: `file group '${use}'`, sv: `filgruppen '${use}'` }
          : { en: 'file group', sv: 'filgruppen' };
        findings.push(...idFindings(ctx, m, e.grp, e.xpath, what));
      }
    }
    return outcome(findings, applicable, {
      en: 'No METS document has a file group',
      sv: 'Inget METS-dokument har någon filgrupp',
    });
  },
};
