/**
 * CSIP18 (mets/dmdSec/@ID, 1..1): An xml:id identifier for the descriptive metadata section
 * (<dmdSec>) used for internal references within the XML-document. It must be unique within the
 * XML-document.
 *
 * Checked: present, an xs:ID (NCName), unique within the METS document; for CSIP 2.1 profiles
 * (whose text said "unique within the package") also absent from the package's other METS
 * documents.
 */
import type { Rule } from '../../rule.ts';
import { checkSectionId } from './section-attributes.ts';

export const CSIP18: Rule = {
  id: 'CSIP18',
  check: (ctx) => checkSectionId(ctx, 'dmdSec'),
};
