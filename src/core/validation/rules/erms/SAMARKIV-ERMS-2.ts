/**
 * SAMARKIV-ERMS-2 — "The ERMS file is well-formed and validates against ERMS.xsd (citserms_v2_1)
 * or ERMS_v3.xsd (citserms_v3_0); a legacy ERMS declaration is checked as the version the file is
 * valid against."
 *
 * One finding per XSD error (with the line libxml2 reports), per unreadable file, and per file too
 * large to validate: an unchecked file is never reported as valid.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { ermsFiles, NO_ERMS_FILE, withErms, type FileInUnit } from './erms-support.ts';

function findingsOf({ file }: FileInUnit): Finding[] {
  const { path } = file;
  if (file.readError) {
    const { en, sv } = file.readError.message;
    return [
      finding(`${path} could not be read as XML: ${en}`, `${path} kunde inte läsas som XML: ${sv}`, {
        file: path,
      }),
    ];
  }
  if (!file.schema) {
    const why = file.schemaSkipped ?? {
      en: 'the schema check did not run',
      sv: 'schemakontrollen kördes inte',
    };
    return [finding(`${path} is ${why.en}`, `${path} är ${why.sv}`, { file: path })];
  }
  const { basis } = file.schema;
  return file.schema.errors.map((e) =>
    finding(
      `${path} is not valid against CITS ERMS ${file.version} (${basis.en}): ${e.message}`,
      `${path} är inte giltig mot CITS ERMS ${file.version} (${basis.sv}): ${e.message}`,
      e.line === undefined ? { file: path } : { file: path, line: e.line },
    ),
  );
}

export const SAMARKIV_ERMS_2: Rule = {
  id: 'SAMARKIV-ERMS-2',
  check: (ctx) =>
    withErms(ctx, (analysis) => {
      const files = ermsFiles(analysis);
      return files.length === 0 ? NO_ERMS_FILE : files.flatMap(findingsOf);
    }),
};
