/**
 * SAMARKIV-XSD-2 — "Metadata files referenced from dmdSec/amdSec in PREMIS 2/3, EAD 2002 or EAD3
 * validate against the shipped schemas."
 *
 * Reports ctx.metadataSchemaErrors, one finding per error. The map holds an entry (possibly empty)
 * for every referenced metadata file that was validated; when it is empty, schema validation did
 * not run or no PREMIS/EAD metadata is referenced: not applicable.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';

export const SAMARKIV_XSD_2: Rule = {
  id: 'SAMARKIV-XSD-2',
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
