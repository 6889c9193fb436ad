import type { FileGrp } from '../../../package/mets-model.ts';
import { finding, type Finding, type Rule } from '../../rule.ts';
import { at, fileGrps, outcome, readableMets } from './support-structure.ts';

/**
 * CSIP66 (File): "The file group (`<fileGrp>`) contains the file elements which describe the file
 * objects." (mets/fileSec/fileGrp/file, 1..n)
 *
 * A file group that only groups other file groups passes when those hold files.
 */
export const CSIP66: Rule = {
  id: 'CSIP66',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      for (const e of fileGrps(m.doc)) {
        applicable = true;
        if (holdsFiles(e.grp)) continue;
        findings.push(
          finding(
            `The file group '${e.grp.attrs['USE'] ?? e.grp.attrs['ID'] ?? ''}' contains no file elements`,
            `Filgruppen '${e.grp.attrs['USE'] ?? e.grp.attrs['ID'] ?? ''}' innehåller inga file-element`,
            at(m, e.xpath, e.grp),
          ),
        );
      }
    }
    return outcome(findings, applicable, {
      en: 'No METS document has a file group',
      sv: 'Inget METS-dokument har någon filgrupp',
    });
  },
};

function holdsFiles(grp: FileGrp): boolean {
  return grp.files.length > 0 || grp.fileGrps.some(holdsFiles);
}
