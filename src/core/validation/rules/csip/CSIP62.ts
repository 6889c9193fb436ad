import { finding, type Rule } from '../../rule.ts';
import {
  CONTENT_INFORMATION_TYPE_TERMS,
  CONTENT_INFORMATION_TYPES,
  inVocabulary,
} from '../../vocabularies.ts';
import { at } from '../shared/locations.ts';
import { checkFileGrps } from './file-checks.ts';
import { isRepresentationsGrp } from './file-groups.ts';

/**
 * CSIP62 (Content Information Type Specification): "When the element "Content Information Type
 * Specification" (CSIP4) has the value "MIXED" or the file group describes a representation, then
 * this element states the content information type specification used for the file group. When …
 * the file group describes a representation with the `mets/fileSec/fileGrp/@USE` attribute value
 * … starting with "Representations", then this element must state the content information type
 * specification used for the representation."
 * (mets/fileSec/fileGrp[@USE=[starts-with('Representations')]]/@csip:CONTENTINFORMATIONTYPE)
 *
 * Every representation file group, in any METS document, states a value from the vocabulary: the
 * DILCIS extension schema's enumeration or the vocabulary file's spelling (standards.md §3.2).
 */

export const CSIP62: Rule = {
  id: 'CSIP62',
  check: (ctx) =>
    checkFileGrps(
      ctx,
      (m, e) => {
        if (!isRepresentationsGrp(e.grp)) return null;
        const mixed = m.doc.mets?.attrs['csip:CONTENTINFORMATIONTYPE'] === 'MIXED';
        const use = e.grp.attrs['USE'];
        const value = e.grp.attrs['csip:CONTENTINFORMATIONTYPE'];
        if (value === undefined || value.trim() === '') {
          return [
            finding(
              `The representation file group '${use}' does not state its content information type (csip:CONTENTINFORMATIONTYPE)${mixed ? ', which is required because the METS declares MIXED' : ''}`,
              `Representationens filgrupp '${use}' anger inte sin innehållsinformationstyp (csip:CONTENTINFORMATIONTYPE)${mixed ? ', vilket krävs eftersom METS-dokumentet anger MIXED' : ''}`,
              at(m, e.xpath, e.grp),
            ),
          ];
        }
        if (
          inVocabulary(CONTENT_INFORMATION_TYPES, value) ||
          inVocabulary(CONTENT_INFORMATION_TYPE_TERMS, value)
        )
          return [];
        return [
          finding(
            `The representation file group '${use}' has content information type '${value}', which is not in the CSIP vocabulary (e.g. citserms_v2_1, citssiard_v1_0, OTHER)`,
            `Representationens filgrupp '${use}' har innehållsinformationstypen '${value}', som inte finns i CSIP-vokabulären (t.ex. citserms_v2_1, citssiard_v1_0, OTHER)`,
            at(m, e.xpath, e.grp),
          ),
        ];
      },
      {
        en: 'No METS document has a representation file group',
        sv: 'Inget METS-dokument har någon filgrupp för en representation',
      },
    ),
};
