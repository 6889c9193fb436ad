/**
 * The SAMARKIV-SIARD rules report one check of the SIARD analyzer each (siard-analysis.ts): its
 * problems as findings, located at the .siard file with the path inside it after "!/" (as in a
 * jar: URL) and the line in that inner file; a check that could not run is a finding too.
 */
import type { SiardCheck, SiardFileAnalysis } from '../../../siard/siard-analysis.ts';
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { withSiard } from './siard-support.ts';

function findingsOf(file: SiardFileAnalysis, check: SiardCheck): Finding[] {
  const out: Finding[] = [];
  const skipped = file.notChecked[check];
  if (skipped)
    out.push(
      finding(`${file.path}: not checked: ${skipped.en}`, `${file.path}: inte kontrollerat: ${skipped.sv}`, {
        file: file.path,
      }),
    );
  const { items, total } = file.problems[check];
  for (const p of items) {
    const location = {
      file: p.inner ? `${file.path}!/${p.inner}` : file.path,
      ...(p.line !== undefined ? { line: p.line } : {}),
    };
    out.push(finding(p.message.en, p.message.sv, location));
  }
  if (total > items.length)
    out.push(
      finding(
        `${file.path}: ${total - items.length} more problems of this kind (only the first ${items.length} are listed)`,
        `${file.path}: ${total - items.length} fler problem av detta slag (bara de första ${items.length} visas)`,
        { file: file.path },
      ),
    );
  return out;
}

export function insideCheck(id: string, check: SiardCheck): Rule {
  return {
    id,
    check: (ctx) =>
      withSiard(ctx, (analysis) => {
        if (analysis.files.length === 0)
          return notApplicable(
            'The package has no .siard file to look into',
            'Paketet har ingen .siard-fil att granska',
          );
        return analysis.files.flatMap((file) => findingsOf(file, check));
      }),
  };
}
