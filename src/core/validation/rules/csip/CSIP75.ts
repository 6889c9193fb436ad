import type { Rule } from '../../rule.ts';
import { dmdIds } from '../shared/metadata-sections.ts';
import { checkFileRefs } from './file-checks.ts';

/**
 * CSIP75 (File reference to descriptive metadata): "If descriptive metadata has been provided per
 * file this attribute refers to the file's descriptive metadata by ID."
 * (mets/fileSec/fileGrp/file/@DMDID, 0..1)
 *
 * Where DMDID is used, each ID it lists is a dmdSec of the same METS.
 */
export const CSIP75: Rule = {
  id: 'CSIP75',
  check: (ctx) =>
    checkFileRefs(ctx, 'DMDID', dmdIds, {
      en: 'a descriptive metadata section (dmdSec)',
      sv: 'en beskrivande metadatasektion (dmdSec)',
    }),
};
