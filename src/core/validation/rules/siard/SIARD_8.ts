/**
 * SIARD_8 (mets/structMap[@LABEL='CSIP']/div/div, 1..n) — "There must be a discrete
 * representation `div` element for each representation."
 *
 * Every representations/<rep>/METS.xml of the package has its own div in the package METS's CSIP
 * structural map: one that points to it with an mptr, or is labelled Representations/<rep>.
 */
import { walkDivs } from '../../../package/mets-model.ts';
import { resolveHref } from '../../package-context.ts';
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { onPackageMets } from '../shared/mets-documents.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_8: Rule = {
  id: 'SIARD_8',
  check: (ctx) =>
    withSiard(ctx, () =>
      onPackageMets(ctx, (doc, path) => {
        const csip = doc.structMaps.find((s) => s.attrs['LABEL'] === 'CSIP');
        const divs = csip ? [...walkDivs(csip)] : [];
        return ctx.representations.flatMap((rep) => {
          const folder = rep.representation as string;
          const label = folder.replace(/^representations/, 'Representations');
          const found = divs.some(
            (d) =>
              d.attrs['LABEL'] === label ||
              d.mptrs.some((p) => resolveHref(path, p.attrs['xlink:href'] ?? '') === rep.path),
          );
          if (found) return [];
          return [
            finding(
              `The CSIP structural map of the package METS has no div for ${folder} (an mptr to ${rep.path}, or LABEL "${label}")`,
              `Paketets strukturkarta CSIP saknar en div för ${folder} (en mptr till ${rep.path} eller LABEL "${label}")`,
              at(path, "/mets/structMap[@LABEL='CSIP']/div/div", csip?.line),
            ),
          ];
        });
      }),
    ),
};
