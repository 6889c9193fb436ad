/**
 * SIP4 — OAIS Package type information, metsHdr/@csip:OAISPACKAGETYPE (1..1):
 * "`@csip:OAISPACKAGETYPE` is used with the value "SIP"."
 * Package METS only (CSIP9 checks the attribute in every METS document).
 */
import type { Rule } from '../../rule.ts';
import { checkPackageType } from '../shared/package-declarations.ts';

export const SIP4: Rule = {
  id: 'SIP4',
  check: (ctx) => checkPackageType(ctx, 'SIP'),
};
