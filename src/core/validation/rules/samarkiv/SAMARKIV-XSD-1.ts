/**
 * SAMARKIV-XSD-1 — "The package METS and every representation METS validate against the shipped
 * METS 1.12, xlink and DILCIS CSIP/SIP extension schemas."
 *
 * Reports the schema errors gathered in ParsedMets.schemaErrors, one finding per error. A METS
 * document that is not even well-formed XML cannot be valid, so its parse error is reported too,
 * whether or not a schema validator ran. Not applicable when schema validation did not run
 * (schemaErrors undefined on every document) and nothing failed to parse.
 */
import type { ParsedMets } from '../../package-context.ts';
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';

function findingsOf(parsed: ParsedMets): Finding[] {
  if (parsed.parseError) {
    const why = parsed.parseError.message;
    const whySv = parsed.parseError.sv ?? why;
    return [
      finding(
        `${parsed.path} is not well-formed XML, so it cannot be valid against the METS schema: ${why}`,
        `${parsed.path} är inte välformad XML och kan därför inte vara giltig mot METS-schemat: ${whySv}`,
        { file: parsed.path },
      ),
    ];
  }
  return (parsed.schemaErrors ?? []).map((e) =>
    finding(
      `${parsed.path} is not valid against the METS/DILCIS schemas: ${e.message}`,
      `${parsed.path} är inte giltig mot METS/DILCIS-schemana: ${e.message}`,
      e.line === undefined ? { file: parsed.path } : { file: parsed.path, line: e.line },
    ),
  );
}

export const SAMARKIV_XSD_1: Rule = {
  id: 'SAMARKIV-XSD-1',
  check(ctx) {
    const all = [ctx.root, ...ctx.representations].filter((p): p is ParsedMets => p !== null);
    const checked = all.filter((p) => p.schemaErrors !== undefined || p.parseError !== undefined);
    if (checked.length === 0) {
      return notApplicable(
        'Schema validation of the METS documents was not run',
        'Schemavalidering av METS-dokumenten kördes inte',
      );
    }
    return checked.flatMap(findingsOf);
  },
};
