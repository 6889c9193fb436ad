/**
 * SIARD_16 — "The SIARD version of the SIARD-file MUST be the same as the version provided in
 * mets/@csip:OTHERCONTENTINFORMATIONTYPE and fileSec/fileGrp/file@csip:OTHERCONTENTINFORMATIONTYPE"
 *
 * The file's version is siardArchive/@version in its metadata.xml (or, when that cannot be read,
 * its header/siardversion/ folder). Compared with the representation METS's value and with the
 * value of its data files that declare one; CSIP 2.0's SIARD2 only fixes the major version.
 */
import { walkFiles } from '../../../package/mets-model.ts';
import type { SiardFileAnalysis } from '../../../siard/siard-analysis.ts';
import { declaredSiardVersion } from '../../../siard/siard-model.ts';
import { finding, type Finding, type Rule } from '../../rule.ts';
import { outcome, readableMets, type Mets } from '../shared/mets-documents.ts';
import { withSiard } from './siard-support.ts';

function declarations(m: Mets): { where: string; value: string; line: number }[] {
  const out: { where: string; value: string; line: number }[] = [];
  const own = m.doc.mets?.attrs['csip:OTHERCONTENTINFORMATIONTYPE'];
  if (own !== undefined)
    out.push({ where: '/mets/@csip:OTHERCONTENTINFORMATIONTYPE', value: own, line: m.doc.mets?.line ?? 1 });
  for (const { file } of walkFiles(m.doc)) {
    const v = file.attrs['csip:OTHERCONTENTINFORMATIONTYPE'];
    if (v !== undefined && declaredSiardVersion(v) !== null)
      out.push({
        where: `//file[@ID='${file.attrs['ID'] ?? ''}']/@csip:OTHERCONTENTINFORMATIONTYPE`,
        value: v,
        line: file.line,
      });
  }
  if (out.length === 0 && m.doc.mets?.attrs['csip:CONTENTINFORMATIONTYPE'] === 'SIARD2')
    out.push({ where: '/mets/@csip:CONTENTINFORMATIONTYPE', value: 'SIARD2', line: m.doc.mets?.line ?? 1 });
  return out;
}

function matches(declared: string, actual: string): boolean {
  if (declared === 'SIARD2') return actual.startsWith('2.');
  return declaredSiardVersion(declared) === actual;
}

export const SIARD_16: Rule = {
  id: 'SIARD_16',
  check: (ctx) =>
    withSiard(ctx, (analysis) => {
      const findings: Finding[] = [];
      let applicable = false;
      const reps = readableMets(ctx).filter((m) => m.representation);
      for (const file of analysis.files) {
        const rep = reps.find((m) => m.representation === file.representation);
        const declared = rep ? declarations(rep) : [];
        if (!rep || declared.length === 0) continue;
        applicable = true;
        const actual = versionOf(file);
        for (const d of declared) {
          if (actual !== null && matches(d.value, actual)) continue;
          findings.push(
            actual === null
              ? finding(
                  `The SIARD version of ${file.path} cannot be determined, so "${d.value}" cannot be confirmed`,
                  `SIARD-versionen för ${file.path} kan inte fastställas, så "${d.value}" kan inte bekräftas`,
                  { file: rep.path, xpath: d.where, line: d.line },
                )
              : finding(
                  `${rep.path} declares "${d.value}", but ${file.path} is SIARD ${actual}`,
                  `${rep.path} anger "${d.value}", men ${file.path} är SIARD ${actual}`,
                  { file: rep.path, xpath: d.where, line: d.line },
                ),
          );
        }
      }
      return outcome(findings, applicable, {
        en: 'No representation with a .siard file declares a SIARD version',
        sv: 'Ingen representation med en .siard-fil anger någon SIARD-version',
      });
    }),
};

function versionOf(file: SiardFileAnalysis): string | null {
  return file.version ?? (file.versionFolders.length === 1 ? (file.versionFolders[0] as string) : null);
}
