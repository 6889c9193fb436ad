import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { isXsDateTime } from '../shared/xsd-datatypes.ts';
import { checkFiles, fileName } from './file-checks.ts';

/**
 * CSIP70 (File creation datetime): "Creation date and time of the referenced file."
 * (mets/fileSec/fileGrp/file/@CREATED, xs:dateTime)
 */
export const CSIP70: Rule = {
  id: 'CSIP70',
  check: (ctx) =>
    checkFiles(ctx, (m, e) => {
      const created = e.file.attrs['CREATED'];
      if (created !== undefined && isXsDateTime(created)) return [];
      const loc = at(m, e.xpath, e.file);
      const name = fileName(m, e);
      if (created === undefined || created.trim() === '') {
        return [finding(`The file ${name} has no CREATED`, `Filen ${name} saknar CREATED`, loc)];
      }
      return [
        finding(
          `The file ${name} has CREATED '${created}', which is not a date and time of the form 2024-05-17T10:00:00+02:00`,
          `Filen ${name} har CREATED '${created}', som inte är en tidpunkt på formen 2024-05-17T10:00:00+02:00`,
          loc,
        ),
      ];
    }),
};
