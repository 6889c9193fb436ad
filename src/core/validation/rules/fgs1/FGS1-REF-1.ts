/** FGS1-REF-1 (MUST): IDs are unique in sip.xml and every ADMID, DMDID and FILEID names one of them. */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { onSip } from './sip-mets.ts';

export const FGS1_REF_1: Rule = {
  id: 'FGS1-REF-1',
  check: (ctx) =>
    onSip(ctx, ({ path, doc }) => {
      const findings: Finding[] = [];
      for (const [id, uses] of doc.ids) {
        const first = uses[0];
        for (const dup of uses.slice(1)) {
          findings.push(
            finding(
              `ID "${id}" on <${dup.element}> is already used on <${first?.element}> at line ${first?.line}`,
              `ID "${id}" på <${dup.element}> används redan på <${first?.element}> på rad ${first?.line}`,
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
    }),
};
