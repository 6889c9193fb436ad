/**
 * SAMARKIV-REF-2 — "IDREF attributes point to existing IDs in the same document, and IDs are unique
 * within it."
 *
 * Per METS document (root and representations): every value of an IDREF(S) attribute (ADMID,
 * DMDID, FILEID, STRUCTID as the parser records them) names an ID of that document, and no ID
 * value occurs twice. Uniqueness across documents is CSIP's concern (2.1 wording), not this rule's.
 */
import type { Finding, Rule } from '../../rule.ts';
import { finding } from '../../rule.ts';
import { readableMets } from '../shared/mets-documents.ts';

export const SAMARKIV_REF_2: Rule = {
  id: 'SAMARKIV-REF-2',
  check(ctx) {
    const findings: Finding[] = [];
    for (const { path, doc } of readableMets(ctx)) {
      for (const [id, occurrences] of doc.ids) {
        for (const dup of occurrences.slice(1)) {
          const first = occurrences[0];
          findings.push(
            finding(
              `ID "${id}" on <${dup.element}> is already used on <${first?.element}> at line ${first?.line}; IDs must be unique within ${path}`,
              `ID "${id}" på <${dup.element}> används redan på <${first?.element}> på rad ${first?.line}; ID:n måste vara unika i ${path}`,
              { file: path, xpath: `//${dup.element}[@ID='${id}']`, line: dup.line },
            ),
          );
        }
      }
      for (const ref of doc.idRefs) {
        if (doc.ids.has(ref.value)) continue;
        findings.push(
          finding(
            `@${ref.attr} of <${ref.element}> refers to ID "${ref.value}", which does not exist in ${path}`,
            `@${ref.attr} på <${ref.element}> hänvisar till ID "${ref.value}", som inte finns i ${path}`,
            { file: path, xpath: `//${ref.element}/@${ref.attr}`, line: ref.line },
          ),
        );
      }
    }
    return findings;
  },
};
