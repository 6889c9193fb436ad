/** FGS1-FILE-2 (MUST): every file has an ID that is a valid xs:ID and unique in sip.xml. */
import { finding, type Rule } from '../../rule.ts';
import { isNCName } from '../shared/xsd-datatypes.ts';
import { everySipFile } from './sip-files.ts';
import { loc } from './sip-mets.ts';

export const FGS1_FILE_2: Rule = {
  id: 'FGS1-FILE-2',
  check: (ctx) =>
    everySipFile(ctx, (f, m) => {
      const id = f.file.attrs['ID'];
      const where = loc(m, `${f.xpath}/@ID`, f.file);
      if (id === undefined || id.trim() === '') {
        return [finding(`The file ${f.name} has no ID`, `Filen ${f.name} saknar ID`, where)];
      }
      if (!isNCName(id)) {
        return [
          finding(
            `The file ID '${id}' is not a valid XML ID (it must start with a letter or '_' and contain no spaces or colons)`,
            `Fil-ID:t '${id}' är inget giltigt XML-ID (det ska börja med en bokstav eller '_' och inte innehålla mellanslag eller kolon)`,
            where,
          ),
        ];
      }
      const uses = m.doc.ids.get(id)?.length ?? 0;
      if (uses <= 1) return [];
      return [
        finding(
          `The file ID '${id}' is used ${uses} times in sip.xml`,
          `Fil-ID:t '${id}' används ${uses} gånger i sip.xml`,
          where,
        ),
      ];
    }),
};
