/**
 * FGS1-HDR-1 (MUST): sip.xml has a metsHdr with CREATEDATE as an xs:dateTime. Without a time zone
 * is accepted: public 1.x generators write local time.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { isXsDateTime } from '../shared/xsd-datatypes.ts';
import { header, isFinding, loc, onSip } from './sip-mets.ts';

export const FGS1_HDR_1: Rule = {
  id: 'FGS1-HDR-1',
  check: (ctx) =>
    onSip(ctx, (m) => {
      const hdr = header(m);
      if (isFinding(hdr)) return [hdr];
      const findings: Finding[] = [];
      if (m.doc.metsHdrs.length > 1) {
        findings.push(
          finding(
            `sip.xml has ${m.doc.metsHdrs.length} metsHdr elements; METS allows one`,
            `sip.xml har ${m.doc.metsHdrs.length} metsHdr-element; METS tillåter ett`,
            loc(m, '/mets/metsHdr[2]', m.doc.metsHdrs[1]),
          ),
        );
      }
      const date = hdr.attrs['CREATEDATE'];
      const where = loc(m, '/mets/metsHdr/@CREATEDATE', hdr);
      if (date === undefined || date.trim() === '') {
        findings.push(finding('The metsHdr has no CREATEDATE', 'metsHdr saknar CREATEDATE', where));
      } else if (!isXsDateTime(date)) {
        findings.push(
          finding(
            `CREATEDATE '${date}' is not a date and time (xs:dateTime, e.g. 2016-06-08T10:44:00)`,
            `CREATEDATE '${date}' är inte en tidpunkt (xs:dateTime, t.ex. 2016-06-08T10:44:00)`,
            where,
          ),
        );
      }
      return findings;
    }),
};
