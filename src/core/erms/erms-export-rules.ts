/**
 * The checks of delivery control that an ERMS file can fail after it is schema-valid, run on the
 * facts of one read before a package is built from it: the Schematron of its version
 * (SAMARKIV-ERMS-3) and unique objectIds with resolvable parentAggregationIds (SAMARKIV-ERMS-6).
 * Each problem is one line naming the ERMS line, so the producer can fix the export.
 */
import type { ErmsFacts, ErmsVersion } from './erms-facts.ts';

export function ermsRuleProblems(facts: ErmsFacts, version: ErmsVersion): string[] {
  const out: string[] = [];
  const schematron = facts.schematron[version];
  for (const f of schematron.failures) {
    out.push(`line ${f.line}: ${f.element}: ${f.message.en} (${f.ruleId}, SAMARKIV-ERMS-3)`);
  }
  const unlisted = schematron.total - schematron.failures.length;
  if (unlisted > 0) out.push(`${unlisted} further Schematron failures (SAMARKIV-ERMS-3)`);
  for (const d of facts.duplicateObjectIds) {
    out.push(
      `line ${d.line}: objectId "${d.value}" is used again (first on line ${d.firstLine}) (SAMARKIV-ERMS-6)`,
    );
  }
  for (const ref of facts.parentReferences) {
    const target = facts.objectIds.get(ref.value);
    if (target?.kind === 'aggregation') continue;
    const what = target ? `names a record (line ${target.line}), not an aggregation` : 'names no aggregation';
    out.push(`line ${ref.line}: parentAggregationId "${ref.value}" ${what} (SAMARKIV-ERMS-6)`);
  }
  return out;
}
