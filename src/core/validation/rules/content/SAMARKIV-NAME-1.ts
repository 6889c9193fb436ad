/**
 * SAMARKIV-NAME-1 — "The name of every file except METS.xml and files in schemas/ (names the
 * specifications fix) matches the configured naming rule; by default letters a–z, digits, "-" and
 * "_", and exactly one extension (checkpoint K11)."
 *
 * Checks file names (the last path segment), not folder names: the folders of an E-ARK package
 * are named by CSIP, and the root folder carries the package ID. One finding per file, with every
 * reason the name fails (formats/naming-rule.ts explains the default rule character by character).
 * Not applicable when no naming rule is configured.
 */
import { isArchiveError } from '../../../errors.ts';
import { checkFileName } from '../../../formats/naming-rule.ts';
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { baseName, namedFiles } from './content-files.ts';

/**
 * CITS SIARD fixes the prefixes Original_ and Archived_ of the system diagrams in
 * database_diagrams/ (SIARD_30c, SIARD_30d): like METS.xml, a name a specification fixes. Only the
 * prefix is exempt; the rest of the name is checked as usual.
 */
function prescribedPrefixLowered(path: string, name: string): string {
  if (!/(^|\/)database_diagrams\/[^/]+$/.test(path)) return name;
  return name.replace(/^(Original|Archived)_/, (prefix) => prefix.toLowerCase());
}

export const SAMARKIV_NAME_1: Rule = {
  id: 'SAMARKIV-NAME-1',
  check(ctx) {
    const rule = ctx.content?.namingRule;
    if (!rule) return notApplicable('No naming rule is configured', 'Ingen namnregel är konfigurerad');
    const findings: Finding[] = [];
    for (const { path } of namedFiles(ctx)) {
      const name = baseName(path);
      let reasons;
      try {
        reasons = checkFileName(rule, prescribedPrefixLowered(path, name));
      } catch (e) {
        // A rule built without namingRule() can carry a bad pattern; say so once instead of crashing.
        if (!isArchiveError(e)) throw e;
        return [finding(e.localized('en'), e.localized('sv'), { file: '' })];
      }
      if (reasons.length === 0) continue;
      findings.push(
        finding(
          `${path}: the name "${name}" does not follow the naming rule (${rule.description.en}): ${reasons.map((r) => r.en).join('; ')}`,
          `${path}: namnet "${name}" följer inte namnregeln (${rule.description.sv}): ${reasons.map((r) => r.sv).join('; ')}`,
          { file: path },
        ),
      );
    }
    return findings;
  },
};
