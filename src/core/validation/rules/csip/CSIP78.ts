import { finding, type Finding, type Rule } from '../../rule.ts';
import { at, checkFiles, fileName } from './support-structure.ts';

/**
 * CSIP78 (Type of link): "Attribute used with the value "simple". Value list is maintained by the
 * xlink standard." (mets/fileSec/fileGrp/file/FLocat[@xlink:type='simple'], 1..1)
 *
 * The attribute must be written: the schema's fixed value would supply it, but the requirement
 * (cardinality 1..1) and the E-ARK reference validator ask for it in the document.
 */
export const CSIP78: Rule = {
  id: 'CSIP78',
  check: (ctx) =>
    checkFiles(ctx, (m, e) => {
      const out: Finding[] = [];
      e.file.flocats.forEach((loc, i) => {
        const type = loc.attrs['xlink:type'];
        if (type === 'simple') return;
        out.push(
          finding(
            type === undefined
              ? `The FLocat of the file ${fileName(m, e)} has no xlink:type; expected 'simple'`
              : `The FLocat of the file ${fileName(m, e)} has xlink:type '${type}'; expected 'simple'`,
            type === undefined
              ? `FLocat för filen ${fileName(m, e)} saknar xlink:type; 'simple' förväntades`
              : `FLocat för filen ${fileName(m, e)} har xlink:type '${type}'; 'simple' förväntades`,
            at(m, `${e.xpath}/FLocat${e.file.flocats.length > 1 ? `[${i + 1}]` : ''}`, loc),
          ),
        );
      });
      return out;
    }),
};
