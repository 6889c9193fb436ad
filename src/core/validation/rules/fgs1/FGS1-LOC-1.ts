/** FGS1-LOC-1 (MUST): every file has exactly one FLocat with LOCTYPE="URL" and an xlink:href. */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { everySipFile } from './sip-files.ts';
import { isBlank, loc } from './sip-mets.ts';

export const FGS1_LOC_1: Rule = {
  id: 'FGS1-LOC-1',
  check: (ctx) =>
    everySipFile(ctx, (f, m) => {
      const flocats = f.file.flocats;
      if (flocats.length !== 1) {
        return [
          finding(
            `The file ${f.name} has ${flocats.length} FLocat elements; expected one`,
            `Filen ${f.name} har ${flocats.length} FLocat-element; ett förväntades`,
            loc(m, `${f.xpath}/FLocat`, f.file),
          ),
        ];
      }
      const flocat = flocats[0] as (typeof flocats)[number];
      const where = loc(m, `${f.xpath}/FLocat`, flocat);
      const out: Finding[] = [];
      const loctype = flocat.attrs['LOCTYPE'];
      if (loctype !== 'URL') {
        out.push(
          finding(
            `The FLocat of ${f.name} has LOCTYPE ${loctype === undefined ? 'missing' : `'${loctype}'`}; expected 'URL'`,
            `FLocat för ${f.name} har LOCTYPE ${loctype === undefined ? 'saknas' : `'${loctype}'`}; 'URL' förväntades`,
            where,
          ),
        );
      }
      if (isBlank(flocat.attrs['xlink:href'])) {
        out.push(
          finding(
            `The FLocat of ${f.name} has no xlink:href`,
            `FLocat för ${f.name} saknar xlink:href`,
            where,
          ),
        );
      }
      return out;
    }),
};
