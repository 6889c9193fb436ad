/**
 * The schema errors of referenced PREMIS/EAD metadata (ctx.metadataSchemaErrors, an entry per
 * validated file), one finding per error; not applicable when no such file was validated. Shared by
 * SAMARKIV-XSD-2 (E-ARK packages) and FGS1-XSD-2 (legacy sip.xml).
 */
import type { PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult } from '../../rule.ts';

export function metadataSchemaFindings(ctx: PackageContext): CheckResult {
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
}
