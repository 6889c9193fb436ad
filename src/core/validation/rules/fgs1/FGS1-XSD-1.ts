/**
 * FGS1-XSD-1 (MUST): sip.xml is valid against the shipped METS 1.12 schema, whose lax attribute
 * wildcards admit the ext: attributes. Not applicable when schema validation did not run or sip.xml
 * is not well-formed (FGS1-STR-2 reports that).
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';

export const FGS1_XSD_1: Rule = {
  id: 'FGS1-XSD-1',
  check(ctx) {
    const root = ctx.root;
    if (!root?.doc || root.schemaErrors === undefined) {
      return notApplicable('sip.xml was not schema-validated', 'sip.xml schemavaliderades inte');
    }
    return root.schemaErrors.map((e) =>
      finding(
        `${root.path} is not valid against METS 1.12: ${e.message}`,
        `${root.path} är inte giltig mot METS 1.12: ${e.message}`,
        e.line === undefined ? { file: root.path } : { file: root.path, line: e.line },
      ),
    );
  },
};
