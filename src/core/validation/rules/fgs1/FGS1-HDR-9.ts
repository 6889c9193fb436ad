/** FGS1-HDR-9 (SHOULD): metsHdr/altRecordID TYPE="SUBMISSIONAGREEMENT" names the submission agreement. */
import { finding, type Rule } from '../../rule.ts';
import { header, isFinding, loc, onSip } from './sip-mets.ts';

export const FGS1_HDR_9: Rule = {
  id: 'FGS1-HDR-9',
  check: (ctx) =>
    onSip(ctx, (m) => {
      const hdr = header(m);
      if (isFinding(hdr)) return [hdr];
      const ids = hdr.altRecordIds.filter((a) => a.attrs['TYPE'] === 'SUBMISSIONAGREEMENT');
      if (ids.some((a) => a.text.trim() !== '')) return [];
      const [en, sv] =
        ids.length > 0
          ? ['The altRecordID SUBMISSIONAGREEMENT is empty', 'altRecordID SUBMISSIONAGREEMENT är tom']
          : [
              'The metsHdr has no altRecordID with TYPE="SUBMISSIONAGREEMENT" (the leveransöverenskommelse)',
              'metsHdr saknar altRecordID med TYPE="SUBMISSIONAGREEMENT" (leveransöverenskommelsen)',
            ];
      return [
        finding(en, sv, loc(m, "/mets/metsHdr/altRecordID[@TYPE='SUBMISSIONAGREEMENT']", ids[0] ?? hdr)),
      ];
    }),
};
