/**
 * AIPM1 — Package Identifier (dependsOn CSIP1):
 * "The value of the `mets/@OBJID attribute` for the AIP MUST NOT change during the life-cycle of the AIP."
 *
 * One package shows one moment of the life-cycle, so what can be checked here is that the AIP has
 * an identifier to keep: a non-blank mets/@OBJID in the package METS. Whether it stayed the same is
 * the archive's business across versions (samarkiv keeps the OBJID when it writes a new AIP
 * version). The submitted SIP that an AIP keeps under `submission/` (as in the E-ARK sample AIPs)
 * has its own METS with the SIP's OBJID, which is a different identifier (the samples show
 * different values) and is not compared: AIPM1 concerns the AIP's OBJID, and the submission METS
 * is not one of the documents the context parses.
 */
import type { Rule } from '../../rule.ts';
import { checkPackageObjid } from '../shared/package-declarations.ts';

export const AIPM1: Rule = {
  id: 'AIPM1',
  check: (ctx) =>
    checkPackageObjid(ctx, {
      missing: {
        en: 'The AIP METS has no mets/@OBJID, so the AIP has no identifier to keep over its life-cycle',
        sv: 'Arkivpaketets (AIP) METS saknar mets/@OBJID, så arkivpaketet har ingen identifierare att behålla under sin livscykel',
      },
      empty: {
        en: 'mets/@OBJID of the AIP METS is empty, so the AIP has no identifier to keep over its life-cycle',
        sv: 'mets/@OBJID i arkivpaketets (AIP) METS är tomt, så arkivpaketet har ingen identifierare att behålla under sin livscykel',
      },
    }),
};
