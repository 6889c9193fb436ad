/**
 * SIP34 — File format registry, fileSec/fileGrp/file/@sip:FILEFORMATREGISTRY (0..1):
 * "The name of the format registry used to identify the file format when the use of PREMIS has not
 * been agreed upon in the submission agreement."
 * Accepts the extension schema's @sip:FORMATREGISTRY too; both present and different fails.
 * All METS documents (file-format.ts).
 */
import type { Rule } from '../../rule.ts';
import { checkFormatField } from './file-format.ts';

export const SIP34: Rule = {
  id: 'SIP34',
  check: (ctx) => checkFormatField(ctx, 'registry'),
};
