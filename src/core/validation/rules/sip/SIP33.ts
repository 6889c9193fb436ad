/**
 * SIP33 — File format version, fileSec/fileGrp/file/@sip:FILEFORMATVERSION (0..1):
 * "The version of the file format when the use of PREMIS has not been agreed upon in the submission
 * agreement."
 * Absent everywhere: not applicable; present but blank: failed. All METS documents (file-format.ts).
 */
import type { Rule } from '../../rule.ts';
import { checkFormatField } from './file-format.ts';

export const SIP33: Rule = {
  id: 'SIP33',
  check: (ctx) => checkFormatField(ctx, 'version'),
};
