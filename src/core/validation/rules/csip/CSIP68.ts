import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { isMediaType } from '../shared/xsd-datatypes.ts';
import { checkFiles, fileName } from './file-checks.ts';

/**
 * CSIP68 (File mimetype): "The mime type of the referenced file. It is a strong recommendation to
 * use a qualified list like the IANA Media Type list. Another list can be used following a
 * documented agreement between the sender and the receiver." (mets/fileSec/fileGrp/file/@MIMETYPE)
 *
 * Present and a media type in RFC 6838 syntax (type/subtype). Membership of the IANA list is not
 * required: 2.2 allows another list by agreement, and 2.1's "IANA" could not be checked offline.
 */
export const CSIP68: Rule = {
  id: 'CSIP68',
  check: (ctx) =>
    checkFiles(ctx, (m, e) => {
      const mime = e.file.attrs['MIMETYPE'];
      const loc = at(m, e.xpath, e.file);
      if (mime === undefined || mime.trim() === '') {
        return [
          finding(
            `The file ${fileName(m, e)} has no MIMETYPE`,
            `Filen ${fileName(m, e)} saknar MIMETYPE`,
            loc,
          ),
        ];
      }
      if (isMediaType(mime)) return [];
      return [
        finding(
          `The file ${fileName(m, e)} has MIMETYPE '${mime}', which is not a media type of the form type/subtype (e.g. application/pdf)`,
          `Filen ${fileName(m, e)} har MIMETYPE '${mime}', som inte är en medietyp på formen typ/undertyp (t.ex. application/pdf)`,
          loc,
        ),
      ];
    }),
};
