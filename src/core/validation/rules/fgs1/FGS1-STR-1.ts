/**
 * FGS1-STR-1 (MUST): the package root holds the package METS sip.xml (or mets.xml).
 * The gatherer reads METS.xml, else sip.xml, else mets.xml from the root (gather-context.ts), so a
 * context without a root METS has none of them; a name that differs only in letter case is named.
 */
import type { PackageContext } from '../../package-context.ts';
import { finding, type Rule } from '../../rule.ts';
import { FGS1_ROOT_FILES } from '../../../fgs1/vocabulary.ts';

function caseVariant(ctx: PackageContext): string | undefined {
  const names: readonly string[] = FGS1_ROOT_FILES;
  return [...ctx.entries.values()].find(
    (e) => e.type === 'file' && !e.path.includes('/') && names.includes(e.path.toLowerCase()),
  )?.path;
}

export const FGS1_STR_1: Rule = {
  id: 'FGS1-STR-1',
  check(ctx) {
    if (ctx.root) return [];
    const near = caseVariant(ctx);
    const hint = near
      ? {
          en: `; ${near} differs only in letter case (file names are case-sensitive)`,
          sv: `; ${near} skiljer sig bara i skiftläge (filnamn är skiftlägeskänsliga)`,
        }
      : { en: '', sv: '' };
    return [
      finding(`The package root has no sip.xml${hint.en}`, `Paketets rot saknar sip.xml${hint.sv}`, {
        file: 'sip.xml',
      }),
    ];
  },
};
