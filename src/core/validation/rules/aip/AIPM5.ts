/**
 * AIPM5 — Digital provenance metadata:
 * "Digital provenance metadata must be referenced in the `amdSec` section using the
 * `digiprovMD/mdRef` element."
 * At least one amdSec/digiprovMD/mdRef in the package METS (test TEST-AIPM5-1). Embedded
 * provenance (mdWrap) does not count. Package METS only.
 */
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { onPackageMets } from '../shared/mets-documents.ts';
import { digiprovRefs } from './digiprov.ts';

export const AIPM5: Rule = {
  id: 'AIPM5',
  check: (ctx) =>
    onPackageMets(ctx, (doc, path) => {
      if (digiprovRefs(doc).length > 0) return [];
      const wrapped = doc.amdSecs.some((amd) => amd.digiprovMD.some((sec) => sec.mdWraps.length > 0));
      return [
        finding(
          wrapped
            ? 'The AIP METS embeds its digital provenance in mdWrap; an AIP must reference it with amdSec/digiprovMD/mdRef'
            : 'The AIP METS references no digital provenance metadata: no amdSec/digiprovMD/mdRef was found',
          wrapped
            ? 'Arkivpaketets (AIP) METS bäddar in sin proveniensmetadata i mdWrap; ett arkivpaket (AIP) måste referera till den med amdSec/digiprovMD/mdRef'
            : 'Arkivpaketets (AIP) METS refererar inte till någon proveniensmetadata: ingen amdSec/digiprovMD/mdRef hittades',
          at(path, '/mets/amdSec/digiprovMD/mdRef', doc.amdSecs[0] ?? doc.mets ?? undefined),
        ),
      ];
    }),
};
