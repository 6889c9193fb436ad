/**
 * The controlled values the writer checks before it writes anything. They are the validator's
 * lists (src/core/validation/vocabularies.ts, kept equal to the shipped DILCIS files by tests), so
 * the writer can never accept a value the validator refuses.
 */
import {
  CONTENT_CATEGORIES,
  CONTENT_INFORMATION_TYPES,
  MDTYPES,
  RECORD_STATUS,
} from '../../validation/vocabularies.ts';

export { CONTENT_CATEGORIES, CONTENT_INFORMATION_TYPES };

/** SIPVocabularyRecordStatus.xml (SIP3). */
export const RECORD_STATUSES = RECORD_STATUS;
/** METS 1.12 MDTYPE enumeration (mdRef/@MDTYPE, CSIP25). */
export const MD_TYPES = MDTYPES;

export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];
export type ContentInformationType = (typeof CONTENT_INFORMATION_TYPES)[number];

export function isContentCategory(s: string): s is ContentCategory {
  return (CONTENT_CATEGORIES as readonly string[]).includes(s);
}

export function isContentInformationType(s: string): s is ContentInformationType {
  return (CONTENT_INFORMATION_TYPES as readonly string[]).includes(s);
}
