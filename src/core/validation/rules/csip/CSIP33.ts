/**
 * CSIP33 (mets/amdSec/digiprovMD/@ID, 1..1): An xml:id identifier for the digital provenance
 * metadata section mets/amdSec/digiprovMD used for internal references within the XML-document. It
 * must be unique within the XML-document.
 *
 * Checked: present, an xs:ID (NCName), unique within the METS document; for CSIP 2.1 profiles
 * (whose text said "unique within the package") also absent from the package's other METS
 * documents.
 */
import type { Rule } from '../../rule.ts';
import { checkSectionId } from './section-attributes.ts';

export const CSIP33: Rule = {
  id: 'CSIP33',
  check: (ctx) => checkSectionId(ctx, 'digiprovMD'),
};
