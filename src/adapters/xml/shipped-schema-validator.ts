/**
 * The XmlSchemaValidator port over the shipped schemas. A document that is not well-formed or
 * declares a DTD is a schema failure of that document here (reported by SAMARKIV-XSD-1/2), not a
 * refusal of the whole package.
 */
import { isArchiveError } from '../../core/errors.ts';
import type { XmlSchemaIssue, XmlSchemaValidator } from '../../ports/xml-schema-validator.ts';
import {
  schemaSetOf,
  startSchemaStream,
  validateWithXmllint,
  xmllintAvailable,
} from './xmllint-stream-validator.ts';
import { declaresDoctype } from './xml-prolog.ts';
import { validateXml } from './xsd-validator.ts';

export const shippedSchemaValidator: XmlSchemaValidator = {
  async validate(bytes: Uint8Array, name: string): Promise<readonly XmlSchemaIssue[] | null> {
    try {
      // xmllint when installed: its memory is returned when it exits, while libxml2-wasm's heap
      // only grows (about 180 MB after the EAD and PREMIS schemas were compiled, measured).
      const set = xmllintAvailable() ? schemaSetOf(bytes) : null;
      if (set && !declaresDoctype(bytes)) return await validateWithXmllint(bytes, set);
      return await validateXml(bytes, { name });
    } catch (e) {
      if (isArchiveError(e) && e.code.startsWith('ARC_ERR_XML'))
        return [{ message: `${e.code}: ${e.message}` }];
      throw e;
    }
  },
  // Documents stream through xmllint when it is installed (libxml2-utils); else whole-document.
  startStream(head) {
    if (!xmllintAvailable() || declaresDoctype(head)) return undefined;
    const set = schemaSetOf(head);
    return set ? startSchemaStream(set) : undefined;
  },
};
