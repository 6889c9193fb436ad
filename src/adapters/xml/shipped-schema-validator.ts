/**
 * The XmlSchemaValidator port over the shipped schemas. A document that is not well-formed or
 * declares a DTD is a schema failure of that document here (reported by SAMARKIV-XSD-1/2), not a
 * refusal of the whole package.
 */
import { isArchiveError } from '../../core/errors.ts';
import type { XmlSchemaIssue, XmlSchemaValidator } from '../../ports/xml-schema-validator.ts';
import { validateXml } from './xsd-validator.ts';

export const shippedSchemaValidator: XmlSchemaValidator = {
  async validate(bytes: Uint8Array, name: string): Promise<readonly XmlSchemaIssue[] | null> {
    try {
      return await validateXml(bytes, { name });
    } catch (e) {
      if (isArchiveError(e) && e.code.startsWith('ARC_ERR_XML'))
        return [{ message: `${e.code}: ${e.message}` }];
      throw e;
    }
  },
};
