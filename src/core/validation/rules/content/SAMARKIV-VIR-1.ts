/**
 * SAMARKIV-VIR-1 — "The configured virus scanner finds nothing in any file of the package
 * (checkpoint K10)."
 *
 * One finding per infected file, naming the signature the scanner reported (e.g.
 * Eicar-Test-Signature) and the scanner with its database version. Files that were not scanned are
 * SAMARKIV-VIR-2's concern. Not applicable when no scanner is configured (VIR-2 reports that).
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { allFiles } from './content-files.ts';

export const SAMARKIV_VIR_1: Rule = {
  id: 'SAMARKIV-VIR-1',
  check(ctx) {
    const scanner = ctx.content?.scanner;
    if (!scanner) {
      return notApplicable(
        'No virus scanner is configured (see SAMARKIV-VIR-2)',
        'Ingen virussökning är konfigurerad (se SAMARKIV-VIR-2)',
      );
    }
    const findings: Finding[] = [];
    for (const { path, facts } of allFiles(ctx)) {
      if (!facts?.virus?.infected) continue;
      const what = facts.virus.signature ?? 'an unnamed threat';
      const whatSv = facts.virus.signature ?? 'ett icke namngivet hot';
      findings.push(
        finding(`${path}: ${scanner} found ${what}`, `${path}: ${scanner} hittade ${whatSv}`, { file: path }),
      );
    }
    return findings;
  },
};
