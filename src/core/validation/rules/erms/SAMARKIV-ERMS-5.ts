/**
 * SAMARKIV-ERMS-5 — "No file below representations/<rep>/data/ is delivered without an appendix in
 * the ERMS XML describing it (the ERMS file itself excepted)."
 *
 * Decided per representation, and only where every ERMS file was read: an unreadable ERMS file
 * might reference the rest, so nothing is called unreferenced on its account.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { withErms } from './erms-support.ts';

export const SAMARKIV_ERMS_5: Rule = {
  id: 'SAMARKIV-ERMS-5',
  check: (ctx) =>
    withErms(ctx, (analysis) => {
      const known = analysis.units.filter((u) => u.referencesKnown);
      if (known.length === 0) {
        return notApplicable(
          'No ERMS representation had all its ERMS files read, so unreferenced files cannot be told',
          'Ingen ERMS-representation fick alla sina ERMS-filer lästa, så orefererade filer kan inte avgöras',
        );
      }
      return known.flatMap((unit) =>
        unit.unreferencedFiles.map((path) =>
          finding(
            `${path} is in the data folder of ${unit.representation} but its ERMS XML does not refer to it`,
            `${path} ligger i data-mappen i ${unit.representation} men dess ERMS-XML hänvisar inte till den`,
            { file: path },
          ),
        ),
      );
    }),
};
