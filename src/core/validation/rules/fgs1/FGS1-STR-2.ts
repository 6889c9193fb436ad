/**
 * FGS1-STR-2 (MUST): sip.xml is well-formed XML whose document element is mets in the METS
 * namespace. Not applicable without sip.xml (FGS1-STR-1 reports that).
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';

export const FGS1_STR_2: Rule = {
  id: 'FGS1-STR-2',
  check(ctx) {
    const root = ctx.root;
    if (!root) return notApplicable('The package has no sip.xml', 'Paketet saknar sip.xml');
    if (root.parseError) {
      return [
        finding(
          `${root.path} could not be read as XML (${root.parseError.message})`,
          `${root.path} kunde inte läsas som XML (${root.parseError.sv ?? root.parseError.message})`,
          { file: root.path },
        ),
      ];
    }
    const doc = root.doc;
    if (!doc || doc.mets) return [];
    return [
      finding(
        `${root.path} is not a METS document: its document element is {${doc.rootNamespace}}${doc.rootLocalName}`,
        `${root.path} är inget METS-dokument: dokumentelementet är {${doc.rootNamespace}}${doc.rootLocalName}`,
        { file: root.path, xpath: '/*', line: 1 },
      ),
    ];
  },
};
