/** FGS1-FILE-7 (SHOULD): every file has CREATED as an xs:dateTime (a time zone is not required). */
import { finding, type Rule } from '../../rule.ts';
import { isXsDateTime } from '../shared/xsd-datatypes.ts';
import { everySipFile } from './sip-files.ts';
import { loc } from './sip-mets.ts';

export const FGS1_FILE_7: Rule = {
  id: 'FGS1-FILE-7',
  check: (ctx) =>
    everySipFile(ctx, (f, m) => {
      const created = f.file.attrs['CREATED'];
      const where = loc(m, `${f.xpath}/@CREATED`, f.file);
      if (created === undefined || created.trim() === '') {
        return [finding(`The file ${f.name} has no CREATED`, `Filen ${f.name} saknar CREATED`, where)];
      }
      if (isXsDateTime(created)) return [];
      return [
        finding(
          `The file ${f.name} has CREATED '${created}', which is not a date and time (xs:dateTime)`,
          `Filen ${f.name} har CREATED '${created}', som inte är en tidpunkt (xs:dateTime)`,
          where,
        ),
      ];
    }),
};
