/**
 * CSIP40 (mets/amdSec/digiprovMD/mdRef/@MIMETYPE, 1..1): The mime type of the referenced file.
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

export const CSIP40: Rule = {
  id: 'CSIP40',
  check: (ctx) => checkMdRefAttribute(ctx, 'digiprovMD', 'MIMETYPE'),
};
