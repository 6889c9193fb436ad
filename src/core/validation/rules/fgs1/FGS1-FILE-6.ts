/** FGS1-FILE-6 (SHOULD): CHECKSUMTYPE is SHA-256. A missing type is FGS1-FILE-5's finding. */
import { finding, type Rule } from '../../rule.ts';
import { everySipFile } from './sip-files.ts';
import { loc } from './sip-mets.ts';

export const FGS1_FILE_6: Rule = {
  id: 'FGS1-FILE-6',
  check: (ctx) =>
    everySipFile(ctx, (f, m) => {
      const type = f.file.attrs['CHECKSUMTYPE'];
      if (type === undefined || type.trim() === '' || type === 'SHA-256') return [];
      return [
        finding(
          `The file ${f.name} has CHECKSUMTYPE '${type}'; FGS practice is SHA-256`,
          `Filen ${f.name} har CHECKSUMTYPE '${type}'; praxis för FGS är SHA-256`,
          loc(m, `${f.xpath}/@CHECKSUMTYPE`, f.file),
        ),
      ];
    }),
};
