import type { Rule } from '../../rule.ts';
import { idFindings } from '../shared/ids.ts';
import { checkFiles, fileName } from './file-checks.ts';

/**
 * CSIP67 (File identifier): "A unique `xml:id` identifier for this file within the XML-document."
 * (mets/fileSec/fileGrp/file/@ID, 1..1; CSIP 2.1: unique within the package)
 */
export const CSIP67: Rule = {
  id: 'CSIP67',
  check: (ctx) =>
    checkFiles(ctx, (m, e) =>
      idFindings(ctx, m, e.file, e.xpath, () => ({
        en: `file ${fileName(m, e)}`,
        sv: `filen ${fileName(m, e)}`,
      })),
    ),
};
