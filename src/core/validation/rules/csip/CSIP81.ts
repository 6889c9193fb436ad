import { finding, type Finding, type Rule } from '../../rule.ts';
import { at, readableMets, unreadableMets } from './support-structure.ts';

/**
 * CSIP81 (Type of structural description): "The `mets/structMap/@TYPE` attribute must take the
 * value "PHYSICAL" from the vocabulary." (mets/structMap[@TYPE='PHYSICAL'], 1..1)
 *
 * The CSIP structural map (LABEL "CSIP") has TYPE "PHYSICAL". Other structural maps are the
 * institution's own (CSIP80) and may have any TYPE. Without a CSIP-labelled map (CSIP82's finding)
 * the document still needs a PHYSICAL one.
 */
export const CSIP81: Rule = {
  id: 'CSIP81',
  check(ctx) {
    const findings: Finding[] = unreadableMets(ctx, {
      en: "the structural map of TYPE 'PHYSICAL'",
      sv: "strukturkartan av typen 'PHYSICAL'",
    });
    for (const m of readableMets(ctx)) {
      const maps = m.doc.structMaps;
      const csip = maps.filter((s) => s.attrs['LABEL'] === 'CSIP');
      if (csip.length > 0) {
        for (const s of csip) {
          const type = s.attrs['TYPE'];
          if (type === 'PHYSICAL') continue;
          findings.push(
            finding(
              `The CSIP structural map of ${m.path} has TYPE '${type ?? ''}'; expected 'PHYSICAL'`,
              `CSIP-strukturkartan i ${m.path} har TYPE '${type ?? ''}'; 'PHYSICAL' förväntades`,
              at(m, "/mets/structMap[@LABEL='CSIP']", s),
            ),
          );
        }
      } else if (!maps.some((s) => s.attrs['TYPE'] === 'PHYSICAL')) {
        findings.push(
          finding(
            `${m.path} has no structural map with TYPE 'PHYSICAL'`,
            `${m.path} saknar strukturkarta med TYPE 'PHYSICAL'`,
            at(m, maps.length > 0 ? '/mets/structMap' : '/mets', maps[0] ?? m.doc.mets ?? undefined),
          ),
        );
      }
    }
    return findings;
  },
};
