import type { Rule } from '../../rule.ts';
import { amdIds } from '../shared/metadata-sections.ts';
import { checkFileRefs } from './file-checks.ts';

/**
 * CSIP74 (File reference to administrative metadata): "If administrative metadata has been provided
 * for the file this attribute refers to the file's administrative metadata by ID."
 * (mets/fileSec/fileGrp/file/@ADMID, 0..1)
 *
 * Where ADMID is used, each ID it lists is an amdSec or one of its sections in the same METS.
 */
export const CSIP74: Rule = {
  id: 'CSIP74',
  check: (ctx) =>
    checkFileRefs(ctx, 'ADMID', amdIds, {
      en: 'an administrative metadata section (amdSec)',
      sv: 'en administrativ metadatasektion (amdSec)',
    }),
};
