/**
 * FGS1-STR-3 (SHOULD): the files the fileSec lists lie under content/ (letter case free), metadata/,
 * System/ or schemas/, and at least one lies under content/. Files whose href leads nowhere in the
 * package are FGS1-LOC-2's finding, not this one's.
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { FGS1_FOLDERS } from '../../../fgs1/vocabulary.ts';
import { onOptionalSip, loc } from './sip-mets.ts';
import { sipFiles } from './sip-files.ts';

const FOLDERS: readonly string[] = FGS1_FOLDERS;

/** The top-level folder of a package path, lower-cased; '' for a file in the root. */
function topFolder(path: string): string {
  const i = path.indexOf('/');
  return i < 0 ? '' : path.slice(0, i).toLowerCase();
}

export const FGS1_STR_3: Rule = {
  id: 'FGS1-STR-3',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const files = sipFiles(ctx, m).filter((f) => f.existing !== null);
      if (files.length === 0) {
        return notApplicable(
          'sip.xml lists no file that exists in the package',
          'sip.xml förtecknar ingen fil som finns i paketet',
        );
      }
      const findings: Finding[] = [];
      for (const f of files) {
        const path = f.existing as string;
        if (FOLDERS.includes(topFolder(path))) continue;
        findings.push(
          finding(
            `The file ${f.name} lies at ${path}, outside content/, metadata/, System/ and schemas/`,
            `Filen ${f.name} ligger i ${path}, utanför content/, metadata/, System/ och schemas/`,
            loc(m, f.xpath, f.file),
          ),
        );
      }
      if (!files.some((f) => topFolder(f.existing as string) === 'content')) {
        findings.push(
          finding(
            'sip.xml lists no file under content/, the folder of the delivered files',
            'sip.xml förtecknar ingen fil under content/, mappen för de levererade filerna',
            loc(m, '/mets/fileSec', m.doc.fileSecs[0] ?? m.mets),
          ),
        );
      }
      return findings;
    }),
};
