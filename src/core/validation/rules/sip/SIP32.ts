/**
 * SIP32 — File format name, fileSec/fileGrp/file/@sip:FILEFORMATNAME (0..1):
 * "An optional attribute may be used if the MIMETYPE is not sufficient for the purposes of processing
 * the information package."
 * Absent everywhere: not applicable; present but blank: failed. All METS documents (file-format.ts).
 */
import type { Rule } from '../../rule.ts';
import { checkFormatField } from './file-format.ts';

export const SIP32: Rule = {
  id: 'SIP32',
  check: (ctx) => checkFormatField(ctx, 'name'),
};
