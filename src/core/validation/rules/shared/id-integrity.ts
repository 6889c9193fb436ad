/**
 * ID integrity within one METS document: every ID value occurs once and every IDREF(S) value
 * (ADMID, DMDID, FILEID … as the parser records them) names one of them. Shared by SAMARKIV-REF-2
 * (E-ARK packages) and FGS1-REF-1 (legacy sip.xml).
 */
import type { MetsDocument } from '../../../package/mets-model.ts';
import { finding, type Finding } from '../../rule.ts';

export function idIntegrityFindings(path: string, doc: MetsDocument): Finding[] {
  const findings: Finding[] = [];
  for (const [id, occurrences] of doc.ids) {
    const first = occurrences[0];
    for (const dup of occurrences.slice(1)) {
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
  return findings;
}
