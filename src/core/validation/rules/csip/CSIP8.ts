/**
 * CSIP8 (mets/metsHdr/@LASTMODDATE, 0..1): mets/metsHdr/@LASTMODDATE records the data and time the
 * package was modified and is mandatory when the package has been modified.
 *
 * Whether a package was modified cannot be seen from the package, so a missing LASTMODDATE is not
 * a failure (not applicable when no METS document has one). When present it must be an
 * xs:dateTime and not earlier than CREATEDATE (compared only when both carry a time zone, or both
 * lack one, so they lie on the same time line).
 */
import type { MetsHdr } from '../../../package/mets-model.ts';
import { metsDocuments, type ParsedMets } from '../../package-context.ts';
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { quote } from '../shared/messages.ts';
import { hasTimeZone, isXsDateTime } from '../shared/xsd-datatypes.ts';

function checkHeader(parsed: ParsedMets, hdr: MetsHdr, modified: string): Finding[] {
  const loc = at(parsed, '/mets/metsHdr/@LASTMODDATE', hdr.line);
  if (!isXsDateTime(modified)) {
    return [
      finding(
        `metsHdr/@LASTMODDATE ${quote(modified)} is not a date and time (xs:dateTime, e.g. 2026-11-20T10:00:00+01:00)`,
        `metsHdr/@LASTMODDATE ${quote(modified)} är inte en tidpunkt (xs:dateTime, t.ex. 2026-11-20T10:00:00+01:00)`,
        loc,
      ),
    ];
  }
  const created = hdr.attrs['CREATEDATE'];
  if (!created || !isXsDateTime(created) || hasTimeZone(created) !== hasTimeZone(modified)) return [];
  const [c, m] = [Date.parse(created.trim()), Date.parse(modified.trim())];
  if (Number.isNaN(c) || Number.isNaN(m) || m >= c) return [];
  return [
    finding(
      `metsHdr/@LASTMODDATE ${modified} is earlier than CREATEDATE ${created}`,
      `metsHdr/@LASTMODDATE ${modified} är tidigare än CREATEDATE ${created}`,
      loc,
    ),
  ];
}

export const CSIP8: Rule = {
  id: 'CSIP8',
  check(ctx) {
    const dated = metsDocuments(ctx).flatMap((parsed) => {
      const hdr = parsed.doc?.metsHdrs[0];
      const modified = hdr?.attrs['LASTMODDATE'];
      return hdr && modified !== undefined ? [{ parsed, hdr, modified }] : [];
    });
    if (dated.length === 0) {
      return notApplicable(
        'No METS document has LASTMODDATE; it is only required when the package has been modified',
        'Inget METS-dokument har LASTMODDATE; attributet krävs bara när paketet har ändrats',
      );
    }
    return dated.flatMap(({ parsed, hdr, modified }) => checkHeader(parsed, hdr, modified));
  },
};
