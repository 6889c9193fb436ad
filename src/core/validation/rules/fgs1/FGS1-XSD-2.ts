/**
 * FGS1-XSD-2 (SHOULD): PREMIS and EAD files referenced by mdRef are valid against their shipped
 * schemas. The gatherer validates exactly those (ctx.metadataSchemaErrors, an entry per file);
 * not applicable when it validated none.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';

export const FGS1_XSD_2: Rule = {
  id: 'FGS1-XSD-2',
  check(ctx) {
    if (ctx.metadataSchemaErrors.size === 0) {
      return notApplicable(
        'No referenced PREMIS or EAD metadata was schema-validated (validation was not run, or there is none)',
        'Inga refererade PREMIS- eller EAD-metadata schemavaliderades (valideringen kördes inte, eller det finns inga)',
      );
    }
    return [...ctx.metadataSchemaErrors].flatMap(([path, errors]) =>
      errors.map((e) =>
        finding(
          `${path} is not valid against its schema: ${e.message}`,
          `${path} är inte giltig mot sitt schema: ${e.message}`,
          e.line === undefined ? { file: path } : { file: path, line: e.line },
        ),
      ),
    );
  },
};
