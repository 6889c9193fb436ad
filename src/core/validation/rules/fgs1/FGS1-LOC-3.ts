/**
 * FGS1-LOC-3 (SHOULD): FLocat hrefs are written in the 1.x form `file:///<path from the package
 * root>`. Other forms are still resolved (FGS1-LOC-2); this only reports the convention.
 */
import { finding, type Rule } from '../../rule.ts';
import { everySipFile } from './sip-files.ts';
import { isBlank, loc } from './sip-mets.ts';

export const FGS1_LOC_3: Rule = {
  id: 'FGS1-LOC-3',
  check: (ctx) =>
    everySipFile(ctx, (f, m) =>
      f.file.flocats.flatMap((flocat) => {
        const href = flocat.attrs['xlink:href'];
        if (href === undefined || isBlank(href) || href.trim().startsWith('file:///')) return [];
        return [
          finding(
            `The file ${f.name} is located by '${href}'; FGS 1.x writes file:///<path>`,
            `Filen ${f.name} anges med '${href}'; FGS 1.x skriver file:///<sökväg>`,
            loc(m, `${f.xpath}/FLocat/@xlink:href`, flocat),
          ),
        ];
      }),
    ),
};
