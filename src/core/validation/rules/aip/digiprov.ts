/** The package METS's amdSec/digiprovMD/mdRef elements, which AIPM5–AIPM7 are about. */
import type { MetsDocument, MetsElement } from '../../../package/mets-model.ts';
import { step } from '../shared/locations.ts';

export interface DigiprovRef {
  readonly ref: MetsElement;
  readonly xpath: string;
}

export function digiprovRefs(doc: MetsDocument): DigiprovRef[] {
  return doc.amdSecs.flatMap((amd, a) =>
    amd.digiprovMD.flatMap((sec, s) =>
      sec.mdRefs.map((ref, r) => ({
        ref,
        xpath: `/mets/${step('amdSec', amd, a)}/${step('digiprovMD', sec, s)}/mdRef[${r + 1}]`,
      })),
    ),
  );
}

/** MDTYPE "PREMIS", or one of METS's PREMIS:OBJECT/AGENT/RIGHTS/EVENT, which are PREMIS too. */
export function isPremis(ref: MetsElement): boolean {
  const type = ref.attrs['MDTYPE'];
  return type === 'PREMIS' || (type?.startsWith('PREMIS:') ?? false);
}
