/**
 * AIPM6 — Digital provenance metadata type (dependsOn AIPM5):
 * "At least one of the digital provenance metadata which is referenced in the `amdSec` section
 * (`digiprovMD/mdRef` element) should be of type `PREMIS`."
 * MDTYPE "PREMIS" (test: mdRef[@MDTYPE="PREMIS"]); METS's PREMIS:OBJECT/AGENT/RIGHTS/EVENT are
 * accepted as PREMIS too. No digiprovMD/mdRef: not applicable (AIPM5 fails). Package METS only.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { onOptionalPackageMets } from '../shared/mets-documents.ts';
import { digiprovRefs, isPremis } from './digiprov.ts';

export const AIPM6: Rule = {
  id: 'AIPM6',
  check: (ctx) =>
    onOptionalPackageMets(ctx, (doc, path) => {
      const refs = digiprovRefs(doc);
      if (refs.length === 0) {
        return notApplicable(
          'The AIP METS has no amdSec/digiprovMD/mdRef',
          'Arkivpaketets (AIP) METS saknar amdSec/digiprovMD/mdRef',
        );
      }
      if (refs.some(({ ref }) => isPremis(ref))) return [];
      const types = [...new Set(refs.map(({ ref }) => ref.attrs['MDTYPE'] ?? '–'))].join(', ');
      return [
        finding(
          `No digital provenance reference has MDTYPE "PREMIS" (found: ${types}); at least one should`,
          `Ingen proveniensreferens har MDTYPE "PREMIS" (hittade: ${types}); minst en bör ha det`,
          at(path, refs[0]?.xpath ?? '/mets/amdSec', refs[0]?.ref),
        ),
      ];
    }),
};
