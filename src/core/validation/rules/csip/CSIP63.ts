import { finding, type Finding, type Rule } from '../../rule.ts';
import { at, fileGrps, outcome, readableMets } from './support-structure.ts';

/**
 * CSIP63 (Other Content Information Type Specification): "When the
 * `mets/fileSec/fileGrp/@csip:CONTENTINFORMATIONTYPE` attribute has the value "OTHER" the
 * `mets/fileSec/fileGrp/@csip:OTHERCONTENTINFORMATIONTYPE` must state a value for the Content
 * Information Type Specification used."
 */
export const CSIP63: Rule = {
  id: 'CSIP63',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      for (const e of fileGrps(m.doc)) {
        if (e.grp.attrs['csip:CONTENTINFORMATIONTYPE'] !== 'OTHER') continue;
        applicable = true;
        if ((e.grp.attrs['csip:OTHERCONTENTINFORMATIONTYPE'] ?? '').trim() !== '') continue;
        findings.push(
          finding(
            `The file group '${e.grp.attrs['USE'] ?? e.grp.attrs['ID'] ?? ''}' has content information type OTHER but no csip:OTHERCONTENTINFORMATIONTYPE naming it`,
            `Filgruppen '${e.grp.attrs['USE'] ?? e.grp.attrs['ID'] ?? ''}' har innehållsinformationstypen OTHER men inget csip:OTHERCONTENTINFORMATIONTYPE som namnger den`,
            at(m, e.xpath, e.grp),
          ),
        );
      }
    }
    return outcome(findings, applicable, {
      en: "No file group has content information type 'OTHER'",
      sv: "Ingen filgrupp har innehållsinformationstypen 'OTHER'",
    });
  },
};
