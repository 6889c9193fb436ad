/** FGS1-FILE-3 (MUST): every file has a MIMETYPE that is a media type. */
import { finding, type Rule } from '../../rule.ts';
import { isMediaType } from '../shared/xsd-datatypes.ts';
import { everySipFile } from './sip-files.ts';
import { loc } from './sip-mets.ts';

export const FGS1_FILE_3: Rule = {
  id: 'FGS1-FILE-3',
  check: (ctx) =>
    everySipFile(ctx, (f, m) => {
      const mime = f.file.attrs['MIMETYPE'];
      const where = loc(m, `${f.xpath}/@MIMETYPE`, f.file);
      if (mime === undefined || mime.trim() === '') {
        return [finding(`The file ${f.name} has no MIMETYPE`, `Filen ${f.name} saknar MIMETYPE`, where)];
      }
      if (isMediaType(mime)) return [];
      return [
        finding(
          `The file ${f.name} has MIMETYPE '${mime}', which is not a media type (type/subtype)`,
          `Filen ${f.name} har MIMETYPE '${mime}', som inte är en medietyp (typ/undertyp)`,
          where,
        ),
      ];
    }),
};
