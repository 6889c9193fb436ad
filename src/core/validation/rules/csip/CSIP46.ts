/**
 * CSIP46 (mets/amdSec/rightsMD/@ID, 1..1): An xml:id identifier for the rights metadata section
 * (<rightsMD>) used for internal references within the XML-document. It must be unique within the
 * XML-document.
 *
 * Checked: present, an xs:ID (NCName), unique within the METS document; for CSIP 2.1 profiles
 * (whose text said "unique within the package") also absent from the package's other METS
 * documents.
 */
import type { Rule } from '../../rule.ts';
import { checkSectionId } from './section-attributes.ts';

export const CSIP46: Rule = {
  id: 'CSIP46',
  check: (ctx) => checkSectionId(ctx, 'rightsMD'),
};
