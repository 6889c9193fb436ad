import type { Rule } from '../../rule.ts';
import { checkFLocatAttribute } from './file-checks.ts';

/**
 * CSIP77 (Type of locator): "The locator type is always used with the value "URL" from the
 * vocabulary in the attribute." (mets/fileSec/fileGrp/file/FLocat[@LOCTYPE='URL'], 1..1)
 */
export const CSIP77: Rule = {
  id: 'CSIP77',
  check: (ctx) => checkFLocatAttribute(ctx, 'LOCTYPE', 'URL'),
};
