/**
 * SIARD_22 — "If a database has LOBs outside the .siard-file then these SHOULD be stored in the
 * same representation as the .siard-file"
 *
 * (The profile gives MUST while the text says SHOULD; the catalogue keeps the profile's level.)
 * The LOB files that table cells locate outside the SIARD file (through lobFolder) lie in the
 * representation of that SIARD file.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_22: Rule = {
  id: 'SIARD_22',
  check: (ctx) =>
    withSiard(ctx, (analysis) => {
      const withExternal = analysis.files.filter((f) => f.externalLobs.length > 0);
      if (withExternal.length === 0)
        return notApplicable(
          'No LOB is stored outside a SIARD file',
          'Inga LOB:ar lagras utanför en SIARD-fil',
        );
      return withExternal.flatMap((f) => {
        const outside = f.externalLobs.filter(
          (p) => !f.representation || !p.startsWith(`${f.representation}/`),
        );
        if (outside.length === 0) return [];
        const first = outside[0] as string;
        return [
          finding(
            `${outside.length} LOB file(s) of ${f.path} lie outside its representation ${f.representation ?? ''}, e.g. ${first}`,
            `${outside.length} LOB-fil(er) till ${f.path} ligger utanför dess representation ${f.representation ?? ''}, t.ex. ${first}`,
            { file: first },
          ),
        ];
      });
    }),
};
