/**
 * SIARD_18 (SHOULD) — "There SHOULD be minimum of one validation report in the documentation
 * folder for the validation of the SIARD-file"
 *
 * A report is recognised by its name: a file in documentation/ (of the package or of a
 * representation) whose name mentions validation, report or kontroll (valid…, validering,
 * report, rapport, kontroll). Whether it reports on this SIARD file is for a person to see.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { baseName, documentationFiles, withSiard } from './siard-support.ts';

const REPORT = /valid|report|rapport|kontroll/i;

export const SIARD_18: Rule = {
  id: 'SIARD_18',
  check: (ctx) =>
    withSiard(ctx, (analysis) => {
      if (analysis.files.length === 0)
        return notApplicable(
          'The package has no .siard file (see SIARD_15)',
          'Paketet har ingen .siard-fil (se SIARD_15)',
        );
      if (documentationFiles(ctx).some((p) => REPORT.test(baseName(p)))) return [];
      return [
        finding(
          'No validation report of the SIARD file in a documentation folder (no file there whose name mentions validation, report or kontroll)',
          'Ingen valideringsrapport för SIARD-filen i en dokumentationsmapp (ingen fil där vars namn nämner validering, rapport eller kontroll)',
          { file: 'documentation' },
        ),
      ];
    }),
};
