import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { dirOf, hrefTarget, lowerFirstSegment } from '../shared/package-paths.ts';
import { checkRepresentationDivs } from './divisions.ts';

/**
 * CSIP107 (Representations division label): "The package's representation division `<div>`
 * element `@LABEL` attribute value must be the path to the representation level METS document
 * starting with the value "Representations" followed by the main folder name for example
 * "Representations/submission" and "Representations/ingest"." (mets/structMap[@LABEL='CSIP']/div/div/@LABEL)
 *
 * Package METS only: each representation division is labelled "Representations/<folder>", and
 * the representation METS its mptr points to lies in representations/<folder>/.
 */
export const CSIP107: Rule = {
  id: 'CSIP107',
  check: (ctx) =>
    checkRepresentationDivs(ctx, (root, d) => {
      const label = d.div.attrs['LABEL'];
      const loc = at(root, d.xpath, d.div);
      if (!label || !/^Representations\/[^/]+/.test(label)) {
        return [
          finding(
            `The representation division is labelled '${label ?? ''}'; expected 'Representations/' followed by the representation folder, e.g. 'Representations/rep1'`,
            `Indelningen för en representation har etiketten '${label ?? ''}'; 'Representations/' följt av representationens mapp förväntades, t.ex. 'Representations/rep1'`,
            loc,
          ),
        ];
      }
      const folder = lowerFirstSegment(label);
      return d.div.mptrs.flatMap((mptr) => {
        const target = hrefTarget(root, mptr);
        if (!target || dirOf(target) === folder) return [];
        return [
          finding(
            `The division '${label}' points to ${target}, which is not in the folder ${folder}/ its label names`,
            `Indelningen '${label}' pekar på ${target}, som inte ligger i mappen ${folder}/ som etiketten anger`,
            loc,
          ),
        ];
      });
    }),
};
