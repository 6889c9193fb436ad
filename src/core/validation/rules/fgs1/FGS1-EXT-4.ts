/**
 * FGS1-EXT-4 (SHOULD): mets/@ext:STARTDATE and ext:ENDDATE, when present, are dates and the start
 * is not after the end (kontrollpunkt K16).
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { isFgsDate, startsAfterEnd } from './dates.ts';
import { ext, loc, onOptionalSip } from './sip-mets.ts';

export const FGS1_EXT_4: Rule = {
  id: 'FGS1-EXT-4',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const start = ext(m.mets, 'STARTDATE');
      const end = ext(m.mets, 'ENDDATE');
      if (start === undefined && end === undefined) {
        return notApplicable(
          'The package has no ext:STARTDATE or ext:ENDDATE',
          'Paketet saknar ext:STARTDATE och ext:ENDDATE',
        );
      }
      const findings: Finding[] = [];
      for (const [attr, value] of [
        ['STARTDATE', start],
        ['ENDDATE', end],
      ] as const) {
        if (value === undefined || isFgsDate(value)) continue;
        findings.push(
          finding(
            `ext:${attr} '${value}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or a date and time)`,
            `ext:${attr} '${value}' är inget datum (ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller en tidpunkt)`,
            loc(m, `/mets/@ext:${attr}`, m.mets),
          ),
        );
      }
      if (findings.length === 0 && start !== undefined && end !== undefined && startsAfterEnd(start, end)) {
        findings.push(
          finding(
            `ext:STARTDATE ${start} is after ext:ENDDATE ${end}`,
            `ext:STARTDATE ${start} ligger efter ext:ENDDATE ${end}`,
            loc(m, '/mets/@ext:STARTDATE', m.mets),
          ),
        );
      }
      return findings;
    }),
};
