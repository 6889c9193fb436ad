/**
 * CSIP9 (mets/metsHdr/@csip:OAISPACKAGETYPE, 1..1): mets/metsHdr/@csip:OAISPACKAGETYPE is an
 * additional CSIP attribute that declares the type of the IP.
 *
 * Every METS document: present, a term of the OAIS package type vocabulary (SIP, AIP, DIP, AIU,
 * AIC; exact spelling) and, when the profile fixes the package type (E-ARK SIP, AIP, DIP), that
 * type.
 */
import { finding, type Rule } from '../../rule.ts';
import { inVocabulary, OAIS_PACKAGE_TYPES } from '../../vocabularies.ts';
import { at } from '../shared/locations.ts';
import { quote } from '../shared/messages.ts';
import { everyMets } from '../shared/mets-documents.ts';
import { headerOf } from './mets-root.ts';

export const CSIP9: Rule = {
  id: 'CSIP9',
  check(ctx) {
    const required = ctx.profile.packageType;
    return everyMets(ctx, (parsed, doc) => {
      const hdr = headerOf(parsed, doc);
      if ('message' in hdr) return [hdr];
      const value = hdr.attrs['csip:OAISPACKAGETYPE'];
      const loc = at(parsed, '/mets/metsHdr/@csip:OAISPACKAGETYPE', hdr.line);
      if (value === undefined) {
        return [
          finding(
            `metsHdr has no csip:OAISPACKAGETYPE; it must declare the package type (${required ?? 'SIP, AIP or DIP'})`,
            `metsHdr saknar csip:OAISPACKAGETYPE; attributet måste ange pakettyp (${required ?? 'SIP, AIP eller DIP'})`,
            loc,
          ),
        ];
      }
      if (!inVocabulary(OAIS_PACKAGE_TYPES, value)) {
        return [
          finding(
            `csip:OAISPACKAGETYPE ${quote(value)} is not an OAIS package type (SIP, AIP, DIP, AIU, AIC; exact spelling)`,
            `csip:OAISPACKAGETYPE ${quote(value)} är inte en OAIS-pakettyp (SIP, AIP, DIP, AIU, AIC; exakt stavning)`,
            loc,
          ),
        ];
      }
      if (required && value !== required) {
        return [
          finding(
            `csip:OAISPACKAGETYPE is ${value}, but the package is validated as ${ctx.profile.label.en}, which requires ${required}`,
            `csip:OAISPACKAGETYPE är ${value}, men paketet valideras som ${ctx.profile.label.sv}, som kräver ${required}`,
            loc,
          ),
        ];
      }
      return [];
    });
  },
};
