/**
 * Reads one ERMS XML file once: the bytes stream through the ErmsReader (identifiers, references,
 * Schematron) and are kept for XSD validation with libxml2, which needs the whole document.
 *
 * Which schema: CITS ERMS 2.1 and 3.0 share the namespace and the root element carries no version,
 * so the package's declaration decides: `citserms_v2_1` → ERMS.xsd + erms.sch, `citserms_v3_0` →
 * ERMS_v3.xsd + erms_v3.sch. The legacy `ERMS` names no version: the file is validated against
 * both and checked as the one it is valid against (2.1 first: FGS Ärendehantering 2.0 is CITS ERMS
 * 2.1), or, valid against neither, as the one with fewer errors.
 */
import { isArchiveError } from '../../core/errors.ts';
import type { ErmsFileAnalysis, ErmsSchemaCheck } from '../../core/erms/erms-analysis.ts';
import type { ErmsContentType } from '../../core/erms/erms-declaration.ts';
import type { ErmsFacts, ErmsVersion } from '../../core/erms/erms-facts.ts';
import { ErmsReader } from '../../core/erms/erms-reader.ts';
import type { Message } from '../../core/validation/rule.ts';
import type { PackageSource } from '../../ports/package-source.ts';
import type { SchemaSetId } from '../xml/schema-catalog.ts';
import { validateXml, type XmlValidationError } from '../xml/xsd-validator.ts';
import type { FoundErmsFile } from './find-erms-files.ts';

/** ERMS files larger than this are not buffered for XSD validation (reported, never passed silently). */
export const MAX_ERMS_XSD_BYTES = 256 * 1024 * 1024;

const SCHEMA_SET: Readonly<Record<ErmsVersion, SchemaSetId>> = { '2.1': 'erms-2.1', '3.0': 'erms-3.0' };

function readFailure(e: unknown): { code: string; message: Message } {
  // A shipped schema that does not compile is samarkiv's fault, not the package's: let it surface.
  if (!isArchiveError(e) || e.code === 'ARC_ERR_SCHEMA_LOAD') throw e;
  return { code: e.code, message: { en: e.localized('en'), sv: e.localized('sv') } };
}

async function schemaCheck(
  bytes: Uint8Array,
  path: string,
  declared: ErmsContentType,
): Promise<{ version: ErmsVersion; schema: ErmsSchemaCheck }> {
  const validate = (v: ErmsVersion): Promise<XmlValidationError[]> =>
    validateXml(bytes, { schemaSet: SCHEMA_SET[v], name: path });
  if (declared !== 'ERMS') {
    const version: ErmsVersion = declared === 'citserms_v3_0' ? '3.0' : '2.1';
    const basis = { en: `declared ${declared}`, sv: `deklarerad som ${declared}` };
    return { version, schema: { errors: await validate(version), basis } };
  }
  const v21 = await validate('2.1');
  if (v21.length === 0) {
    return {
      version: '2.1',
      schema: {
        errors: v21,
        basis: { en: 'legacy ERMS, valid as CITS ERMS 2.1', sv: 'äldre ERMS, giltig som CITS ERMS 2.1' },
      },
    };
  }
  const v30 = await validate('3.0');
  const version: ErmsVersion = v30.length < v21.length ? '3.0' : '2.1';
  const basis = {
    en: `legacy ERMS, valid against neither version; checked as ${version}, which it is closest to`,
    sv: `äldre ERMS, giltig mot ingen version; kontrollerad som ${version}, som den ligger närmast`,
  };
  return { version, schema: { errors: version === '3.0' ? v30 : v21, basis } };
}

export async function readErmsFile(
  source: PackageSource,
  found: FoundErmsFile,
  declared: ErmsContentType,
  size: number,
): Promise<ErmsFileAnalysis> {
  const { path, foundBy } = found;
  const fallback: ErmsVersion = declared === 'citserms_v3_0' ? '3.0' : '2.1';
  const reader = new ErmsReader(path);
  const buffer: Uint8Array[] | null = size <= MAX_ERMS_XSD_BYTES ? [] : null;
  let facts: ErmsFacts;
  try {
    for await (const chunk of source.read(path)) {
      // A copy: chunks may be reused buffers, and Buffer#slice would only be a view of one.
      buffer?.push(new Uint8Array(chunk));
      reader.write(chunk);
    }
    facts = reader.end();
  } catch (e) {
    return { path, foundBy, version: fallback, readError: readFailure(e), schema: null, facts: null };
  }
  if (!buffer) {
    const mb = Math.round(MAX_ERMS_XSD_BYTES / 1024 / 1024);
    return {
      path,
      foundBy,
      version: fallback,
      schema: null,
      schemaSkipped: {
        en: `larger than ${mb} MB, so it was not validated against the XSD`,
        sv: `större än ${mb} MB, så den validerades inte mot XSD:n`,
      },
      facts,
    };
  }
  try {
    const { version, schema } = await schemaCheck(Buffer.concat(buffer), path, declared);
    return { path, foundBy, version, schema, facts };
  } catch (e) {
    return { path, foundBy, version: fallback, readError: readFailure(e), schema: null, facts };
  }
}
