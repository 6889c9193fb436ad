/**
 * SAMARKIV-ERMS-6 — "Each objectId of an aggregation or record occurs once in its ERMS file, and
 * each parentAggregationId equals the objectId of an aggregation in the same file."
 *
 * A parentAggregationId naming a record's objectId is reported as such: it resolves, but not to an
 * aggregation.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { NO_READABLE_ERMS_FILE, readableFiles, withErms, type ReadableFile } from './erms-support.ts';

/** Swedish archival terms: an aggregation is an akt (case file), a record a handling. */
const SV = { aggregation: 'akt', record: 'handling' } as const;

function findingsOf({ file, facts }: ReadableFile): Finding[] {
  const path = file.path;
  const out: Finding[] = facts.duplicateObjectIds.map((d) =>
    finding(
      `objectId "${d.value}" of a ${d.kind} occurs again (first on line ${d.firstLine})`,
      `objectId "${d.value}" för en ${SV[d.kind]} förekommer igen (först på rad ${d.firstLine})`,
      { file: path, line: d.line },
    ),
  );
  for (const ref of facts.parentReferences) {
    const target = facts.objectIds.get(ref.value);
    if (target?.kind === 'aggregation') continue;
    const of = ref.owner === null ? `a ${ref.kind}` : `${ref.kind} "${ref.owner}"`;
    const av = ref.owner === null ? `en ${SV[ref.kind]}` : `${SV[ref.kind]} "${ref.owner}"`;
    out.push(
      target
        ? finding(
            `parentAggregationId "${ref.value}" of ${of} names a record (line ${target.line}), not an aggregation`,
            `parentAggregationId "${ref.value}" för ${av} pekar på en handling (rad ${target.line}), inte en akt`,
            { file: path, line: ref.line },
          )
        : finding(
            `parentAggregationId "${ref.value}" of ${of} names no aggregation in the file`,
            `parentAggregationId "${ref.value}" för ${av} pekar inte på någon akt i filen`,
            { file: path, line: ref.line },
          ),
    );
  }
  return out;
}

export const SAMARKIV_ERMS_6: Rule = {
  id: 'SAMARKIV-ERMS-6',
  check: (ctx) =>
    withErms(ctx, (analysis) => {
      const files = readableFiles(analysis);
      return files.length === 0 ? NO_READABLE_ERMS_FILE : files.flatMap(findingsOf);
    }),
};
