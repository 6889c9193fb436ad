/**
 * CSIP7 (mets/metsHdr/@CREATEDATE, 1..1): mets/metsHdr/@CREATEDATE records the date and time the
 * package was created.
 *
 * Every METS document: present and an xs:dateTime. Without a metsHdr there is no CREATEDATE
 * either, so this fails alongside CSIP117.
 */
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { quote } from '../shared/messages.ts';
import { everyMets } from '../shared/mets-documents.ts';
import { isXsDateTime } from '../shared/xsd-datatypes.ts';
import { headerOf } from './mets-root.ts';

export const CSIP7: Rule = {
  id: 'CSIP7',
  check: (ctx) =>
    everyMets(ctx, (parsed, doc) => {
      const hdr = headerOf(parsed, doc);
      if ('message' in hdr) return [hdr];
      const value = hdr.attrs['CREATEDATE'];
      const loc = at(parsed, '/mets/metsHdr/@CREATEDATE', hdr.line);
      if (value === undefined) {
        return [
          finding(
            'metsHdr has no CREATEDATE; it must record when the package was created',
            'metsHdr saknar CREATEDATE; attributet måste ange när paketet skapades',
            loc,
          ),
        ];
      }
      if (isXsDateTime(value)) return [];
      return [
        finding(
          `metsHdr/@CREATEDATE ${quote(value)} is not a date and time (xs:dateTime, e.g. 2026-11-20T10:00:00+01:00)`,
          `metsHdr/@CREATEDATE ${quote(value)} är inte en tidpunkt (xs:dateTime, t.ex. 2026-11-20T10:00:00+01:00)`,
          loc,
        ),
      ];
    }),
};
