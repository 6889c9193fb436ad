/**
 * SAMARKIV-VIR-2 — "A virus scanner is configured and every file of the package was scanned; when
 * no scanner is configured, the report says so (checkpoint K10)."
 *
 * The one content rule that applies without its setup: when the content checks ran with no
 * scanner (ctx.content.scanner null) it fails once for the package, so "virus-free" is never
 * implied by silence. With a scanner, every file without a scan result is listed (e.g. a file
 * that was not read because nothing references it). Not applicable when the content checks did
 * not run at all.
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { allFiles } from './content-files.ts';

export const SAMARKIV_VIR_2: Rule = {
  id: 'SAMARKIV-VIR-2',
  check(ctx) {
    if (!ctx.content) {
      return notApplicable('The content checks did not run', 'Innehållskontrollerna kördes inte');
    }
    const scanner = ctx.content.scanner;
    if (!scanner) {
      return [
        finding(
          'No virus scanner is configured, so no file was scanned for viruses; point samarkiv at clamd with --clamd <socket|host:port> or SAMARKIV_CLAMD_SOCKET',
          'Ingen virussökning är konfigurerad, så ingen fil har virussökts; ange clamd med --clamd <socket|värd:port> eller SAMARKIV_CLAMD_SOCKET',
          { file: '' },
        ),
      ];
    }
    const findings: Finding[] = [];
    for (const { path, facts } of allFiles(ctx)) {
      if (facts?.virus) continue;
      findings.push(
        finding(
          `${path} was not scanned for viruses by ${scanner}`,
          `${path} har inte virussökts av ${scanner}`,
          { file: path },
        ),
      );
    }
    return findings;
  },
};
