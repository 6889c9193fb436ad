import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { checkFiles, fileName } from './file-checks.ts';

/**
 * CSIP73 (File original identification): "If an identifier for the file was supplied by the owner
 * it can be recorded in this attribute." (mets/fileSec/fileGrp/file/@OWNERID, 0..1)
 *
 * Not applicable when no file has an OWNERID; an OWNERID that is present must hold an identifier.
 */
export const CSIP73: Rule = {
  id: 'CSIP73',
  check: (ctx) =>
    checkFiles(
      ctx,
      (m, e) => {
        const owner = e.file.attrs['OWNERID'];
        if (owner === undefined) return null;
        if (owner.trim() !== '') return [];
        return [
          finding(
            `The file ${fileName(m, e)} has an empty OWNERID`,
            `Filen ${fileName(m, e)} har ett tomt OWNERID`,
            at(m, e.xpath, e.file),
          ),
        ];
      },
      {
        en: "No file records the owner's identifier (OWNERID)",
        sv: 'Ingen fil anger ägarens identifierare (OWNERID)',
      },
    ),
};
