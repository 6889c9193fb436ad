/**
 * SIARD_30c and SIARD_30d: the diagrams of database_diagrams/ include one of the original database
 * (prefix Original_) and one of the archived database (prefix Archived_).
 */
import type { PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult } from '../../rule.ts';
import { diagrams } from './diagrams.ts';
import { baseName, withSiard } from './siard-support.ts';

export function diagramWithPrefix(
  ctx: PackageContext,
  prefix: string,
  what: { en: string; sv: string },
): CheckResult {
  return withSiard(ctx, () => {
    const { inFolder } = diagrams(ctx);
    if (inFolder.length === 0)
      return notApplicable(
        'There is no database_diagrams folder with diagrams (see SIARD_30a)',
        'Det finns ingen mapp database_diagrams med diagram (se SIARD_30a)',
      );
    if (inFolder.some((p) => baseName(p).startsWith(prefix))) return [];
    const folder = (inFolder[0] as string).slice(0, (inFolder[0] as string).lastIndexOf('/'));
    return [
      finding(
        `No diagram in ${folder}/ is named ${prefix}…; diagrams of the ${what.en} should carry that prefix`,
        `Inget diagram i ${folder}/ heter ${prefix}…; diagram över ${what.sv} bör ha det prefixet`,
        { file: folder },
      ),
    ];
  });
}
