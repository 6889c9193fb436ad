import { finding, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { outcome, readableMets } from '../shared/mets-documents.ts';
import { hrefProblem, hrefTarget } from '../shared/package-paths.ts';
import { mptrEntries } from './divisions.ts';

/**
 * CSIP110 (Resource location): "The actual location of the resource. We recommend recording a URL
 * type filepath within this attribute." (mets/structMap/div/div/mptr/@xlink:href, 1..1)
 *
 * Every mptr of a CSIP structural map has an xlink:href that resolves (percent-decoded, relative to
 * the METS file, case-sensitive) to an existing file of the package, and that file is a METS
 * document (one that cannot be parsed at all is reported for that document by CSIP80).
 */
export const CSIP110: Rule = {
  id: 'CSIP110',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    const parsed = new Map(ctx.representations.map((r) => [r.path, r]));
    for (const m of readableMets(ctx)) {
      for (const { mptr, xpath } of mptrEntries(m.doc)) {
        applicable = true;
        const loc = at(m, xpath, mptr);
        const problem = hrefProblem(ctx, m, mptr);
        if (problem) {
          findings.push(
            finding(`The METS pointer (mptr): ${problem.en}`, `METS-pekaren (mptr): ${problem.sv}`, loc),
          );
          continue;
        }
        const target = hrefTarget(m, mptr) as string;
        const doc = parsed.get(target)?.doc;
        if (doc && !doc.mets) {
          findings.push(
            finding(
              `The METS pointer (mptr) points to ${target}, which is not a METS document (root element '${doc.rootLocalName}')`,
              `METS-pekaren (mptr) pekar på ${target}, som inte är ett METS-dokument (rotelement '${doc.rootLocalName}')`,
              loc,
            ),
          );
        }
      }
    }
    return outcome(findings, applicable, NO_MPTR);
  },
};

const NO_MPTR = {
  en: 'No CSIP structural map has a METS pointer (mptr)',
  sv: 'Ingen CSIP-strukturkarta har någon METS-pekare (mptr)',
};
