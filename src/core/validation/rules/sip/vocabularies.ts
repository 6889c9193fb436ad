/**
 * Controlled vocabularies the SIP, AIP and DIP rules check against, copied from the DILCIS
 * vocabulary files in schemas/ (sip/SIPVocabularyRecordStatus.xml, sip/SIPVocabularyRecordIDType.xml,
 * csip/CSIPVocabularyStatus.xml). Values are case-sensitive.
 */

/** metsHdr/@RECORDSTATUS (SIP3). */
export const RECORD_STATUS = [
  'NEW',
  'SUPPLEMENT',
  'REPLACEMENT',
  'TEST',
  'VERSION',
  'DELETE',
  'OTHER',
] as const;

/** metsHdr/altRecordID/@TYPE (SIP5–SIP8). */
export const ALT_RECORD_ID_TYPE = [
  'SUBMISSIONAGREEMENT',
  'PREVIOUSSUBMISSIONAGREEMENT',
  'REFERENCECODE',
  'PREVIOUSREFERENCECODE',
] as const;
export type AltRecordIdType = (typeof ALT_RECORD_ID_TYPE)[number];

/** dmdSec/@STATUS (AIPM4, DIP4). */
export const MD_STATUS = ['CURRENT', 'SUPERSEDED'] as const;
