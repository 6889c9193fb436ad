/**
 * SIARD_19b — "From SIARD_2.2 and onwards If a mapping file is used to describe the physical
 * location of segments then a file mapping.txt MUST be provided at the same location as the .siard
 * file"
 *
 * Applies when a representation holding a SIARD file has a mapping.txt anywhere: it must sit in
 * the folder of a .siard file (or of its parts).
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { baseName, filesUnder, withSiard } from './siard-support.ts';

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

export const SIARD_19b: Rule = {
  id: 'SIARD_19b',
  check: (ctx) =>
    withSiard(ctx, (analysis) => {
      const findings: Finding[] = [];
      let mappings = 0;
      for (const rep of new Set(analysis.files.map((f) => f.representation).filter((r) => r !== null))) {
        const siardFolders = new Set(
          analysis.files.filter((f) => f.representation === rep).map((f) => folderOf(f.parts[0] ?? f.path)),
        );
        for (const path of filesUnder(ctx, `${rep}/`).filter(
          (p) => baseName(p).toLowerCase() === 'mapping.txt',
        )) {
          mappings++;
          if (siardFolders.has(folderOf(path))) continue;
          findings.push(
            finding(
              `${path} is not in the folder of the .siard file (${[...siardFolders].join(', ')})`,
              `${path} ligger inte i samma mapp som .siard-filen (${[...siardFolders].join(', ')})`,
              { file: path },
            ),
          );
        }
      }
      if (mappings === 0) return notApplicable('No mapping.txt is used', 'Ingen mapping.txt används');
      return findings;
    }),
};
