/** FGS1-REF-1 (MUST): IDs are unique in sip.xml and every ADMID, DMDID and FILEID names one of them. */
import type { Rule } from '../../rule.ts';
import { idIntegrityFindings } from '../shared/id-integrity.ts';
import { onSip } from './sip-mets.ts';

export const FGS1_REF_1: Rule = {
  id: 'FGS1-REF-1',
  check: (ctx) => onSip(ctx, ({ path, doc }) => idIntegrityFindings(path, doc)),
};
