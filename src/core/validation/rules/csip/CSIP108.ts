import type { MetsElement } from '../../../package/mets-model.ts';
import { finding, type Finding, type Rule } from '../../rule.ts';
import { grpById } from '../shared/file-section.ts';
import { at } from '../shared/locations.ts';
import type { Mets } from '../shared/mets-documents.ts';
import { hrefTarget, lowerFirstSegment } from '../shared/package-paths.ts';
import { checkRepresentationDivs, type DivEntry } from './divisions.ts';
import { isRepresentationsGrp } from './file-groups.ts';

/**
 * CSIP108 (Representations division file references): "The file group containing the files
 * described in the package are referenced via the relevant file group identifier. Related to the
 * requirements CSIP114 which describes the "Representations" file group and CSIP65 which describes
 * the file group identifier." (mets/structMap[@LABEL='CSIP']/div/div/mptr/@xlink:title, 1..1)
 *
 * Package METS only: each mptr of a representation division has an xlink:title that is the ID of
 * a file group of the same document whose USE starts with "Representations" and whose folder holds
 * the representation METS the mptr points to.
 */
export const CSIP108: Rule = {
  id: 'CSIP108',
  check: (ctx) =>
    checkRepresentationDivs(
      ctx,
      (root, d) =>
        d.div.mptrs.length === 0 ? null : d.div.mptrs.flatMap((mptr) => checkTitle(root, d, mptr)),
      {
        en: 'The package METS has no representation divisions with an mptr',
        sv: 'Paketets METS har inga indelningar för representationer med METS-pekare',
      },
    ),
};

function checkTitle(root: Mets, d: DivEntry, mptr: MetsElement): Finding[] {
  const loc = at(root, `${d.xpath}/mptr`, mptr);
  const title = mptr.attrs['xlink:title'];
  const label = d.div.attrs['LABEL'] ?? '';
  if (title === undefined || title.trim() === '') {
    return [
      finding(
        `The mptr of the division '${label}' has no xlink:title naming the representation's file group`,
        `METS-pekaren i indelningen '${label}' saknar xlink:title som anger representationens filgrupp`,
        loc,
      ),
    ];
  }
  const grp = grpById(root.doc).get(title)?.grp;
  const use = grp?.attrs['USE'] ?? '';
  const target = hrefTarget(root, mptr);
  const folder = lowerFirstSegment(use.trim().replace(/\/+$/, ''));
  const holdsTarget = !target || target.startsWith(`${folder}/`);
  if (grp && isRepresentationsGrp(grp) && holdsTarget) return [];
  return [
    finding(
      !grp
        ? `The mptr of the division '${label}' has xlink:title '${title}', but no file group has that ID`
        : !isRepresentationsGrp(grp)
          ? `The mptr of the division '${label}' names file group '${title}', whose USE '${use}' does not start with "Representations"`
          : `The mptr of the division '${label}' names file group '${title}' (USE '${use}'), but points to ${target}, outside that group's folder`,
      !grp
        ? `METS-pekaren i indelningen '${label}' har xlink:title '${title}', men ingen filgrupp har det ID:t`
        : !isRepresentationsGrp(grp)
          ? `METS-pekaren i indelningen '${label}' anger filgruppen '${title}', vars USE '${use}' inte börjar med "Representations"`
          : `METS-pekaren i indelningen '${label}' anger filgruppen '${title}' (USE '${use}'), men pekar på ${target}, utanför filgruppens mapp`,
      loc,
    ),
  ];
}
