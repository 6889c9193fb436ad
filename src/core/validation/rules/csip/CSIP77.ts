import { finding, type Finding, type Rule } from '../../rule.ts';
import { at, checkFiles, fileName } from './support-structure.ts';

/**
 * CSIP77 (Type of locator): "The locator type is always used with the value "URL" from the
 * vocabulary in the attribute." (mets/fileSec/fileGrp/file/FLocat[@LOCTYPE='URL'], 1..1)
 */
export const CSIP77: Rule = {
  id: 'CSIP77',
  check: (ctx) =>
    checkFiles(ctx, (m, e) => {
      const out: Finding[] = [];
      e.file.flocats.forEach((loc, i) => {
        const type = loc.attrs['LOCTYPE'];
        if (type === 'URL') return;
        out.push(
          finding(
            type === undefined
              ? `The FLocat of the file ${fileName(m, e)} has no LOCTYPE; expected 'URL'`
              : `The FLocat of the file ${fileName(m, e)} has LOCTYPE '${type}'; expected 'URL'`,
            type === undefined
              ? `FLocat för filen ${fileName(m, e)} saknar LOCTYPE; 'URL' förväntades`
              : `FLocat för filen ${fileName(m, e)} har LOCTYPE '${type}'; 'URL' förväntades`,
            at(m, `${e.xpath}/FLocat${e.file.flocats.length > 1 ? `[${i + 1}]` : ''}`, loc),
          ),
        );
      });
      return out;
    }),
};
