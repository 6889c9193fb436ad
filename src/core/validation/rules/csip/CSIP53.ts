/**
 * CSIP53 (mets/amdSec/rightsMD/mdRef/@MIMETYPE, 1..1): The mime type of the referenced file.
 *
 * It is a strong recommendation to use a qualified list like the IANA Media Type list.
 *
 * Another list can be used following a documented agreement between the sender and the receiver.
 *
 * Checked: syntactically a media type (type/subtype, RFC 6838); the IANA list itself is a
 * recommendation.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP53: Rule = {
  id: 'CSIP53',
  check: (ctx) => checkMdRefAttribute(ctx, 'rightsMD', 'MIMETYPE'),
};
