import { finding, type Finding, type Rule } from '../../rule.ts';
import { at, fileEntries, fileName, outcome, readableMets } from './support-structure.ts';

/**
 * CSIP73 (File original identification): "If an identifier for the file was supplied by the owner
 * it can be recorded in this attribute." (mets/fileSec/fileGrp/file/@OWNERID, 0..1)
 *
 * Not applicable when no file has an OWNERID; an OWNERID that is present must hold an identifier.
 */
export const CSIP73: Rule = {
  id: 'CSIP73',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      for (const e of fileEntries(m.doc)) {
        const owner = e.file.attrs['OWNERID'];
        if (owner === undefined) continue;
        applicable = true;
        if (owner.trim() !== '') continue;
        findings.push(
          finding(
            `The file ${fileName(m, e)} has an empty OWNERID`,
            `Filen ${fileName(m, e)} har ett tomt OWNERID`,
            at(m, e.xpath, e.file),
          ),
        );
      }
    }
    return outcome(findings, applicable, {
      en: "No file records the owner's identifier (OWNERID)",
      sv: 'Ingen fil anger ägarens identifierare (OWNERID)',
    });
  },
};
