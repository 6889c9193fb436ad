import { finding, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { outcome, packageMets, unreadableMets } from '../shared/mets-documents.ts';
import { hrefTarget } from '../shared/package-paths.ts';
import { representationDivs, topDiv } from './divisions.ts';

/**
 * CSIP105 (Representation division): "When a package consists of multiple representations, each
 * described by a representation level METS.xml document, there should be a discrete representation
 * div element for each representation. Each representation div references the representation level
 * METS.xml document …" (mets/structMap[@LABEL='CSIP']/div/div, 0..n)
 *
 * Package METS only: every representation METS found in the package is referenced by the mptr of a
 * sub-division of the main division.
 */
export const CSIP105: Rule = {
  id: 'CSIP105',
  check(ctx) {
    const na = {
      en: 'The package has no representation METS',
      sv: 'Paketet har ingen METS för någon representation',
    };
    const reps = ctx.representations;
    if (reps.length === 0) return outcome([], false, na);
    const root = packageMets(ctx);
    if (!root) {
      return unreadableMets(
        ctx,
        { en: 'the division for each representation', sv: 'indelningen för varje representation' },
        true,
      );
    }
    const referenced = new Set<string>();
    for (const d of representationDivs(root.doc)) {
      for (const mptr of d.div.mptrs) {
        const t = hrefTarget(root, mptr);
        if (t) referenced.add(t);
      }
    }
    const top = topDiv(root.doc);
    const findings: Finding[] = [];
    for (const rep of reps) {
      if (referenced.has(rep.path)) continue;
      const label = rep.representation
        ? `Representations/${rep.representation.split('/').pop()}`
        : 'Representations/…';
      findings.push(
        finding(
          `No division of the structural map points to the representation METS ${rep.path} (expected a division '${label}' with an mptr)`,
          `Ingen indelning i strukturkartan pekar på representationens METS ${rep.path} (en indelning '${label}' med mptr förväntades)`,
          top ? at(root, top.xpath, top.div) : at(root, '/mets', root.doc.mets ?? undefined),
        ),
      );
    }
    return findings;
  },
};
