/**
 * SIP3 — Package status, metsHdr/@RECORDSTATUS (0..1):
 * "A way of indicating the status of the package and to instruct the OAIS on how to properly handle
 * the package. If not set, the expected behaviour is equal to NEW."
 * Values from SIPVocabularyRecordStatus (case-sensitive). Package METS only.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { inVocabulary, RECORD_STATUS } from '../../vocabularies.ts';
import { at } from '../shared/locations.ts';
import { onOptionalPackageMets } from '../shared/mets-documents.ts';

export const SIP3: Rule = {
  id: 'SIP3',
  check: (ctx) =>
    onOptionalPackageMets(ctx, (doc, path) => {
      const hdr = doc.metsHdrs[0];
      const status = hdr?.attrs['RECORDSTATUS'];
      if (status === undefined) {
        return notApplicable(
          'metsHdr/@RECORDSTATUS is not set, which means NEW',
          'metsHdr/@RECORDSTATUS saknas, vilket betyder NEW',
        );
      }
      if (inVocabulary(RECORD_STATUS, status)) return [];
      const allowed = RECORD_STATUS.join(', ');
      return [
        finding(
          `metsHdr/@RECORDSTATUS is "${status}"; expected one of ${allowed}`,
          `metsHdr/@RECORDSTATUS är "${status}"; förväntat ett av ${allowed}`,
          at(path, '/mets/metsHdr/@RECORDSTATUS', hdr),
        ),
      ];
    }),
};
