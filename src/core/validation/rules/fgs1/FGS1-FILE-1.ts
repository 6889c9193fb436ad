/** FGS1-FILE-1 (MUST): sip.xml has a fileSec with at least one file. */
import { finding, type Rule } from '../../rule.ts';
import { fileEntries } from '../shared/file-section.ts';
import { loc, onSip } from './sip-mets.ts';

export const FGS1_FILE_1: Rule = {
  id: 'FGS1-FILE-1',
  check: (ctx) =>
    onSip(ctx, (m) => {
      if (fileEntries(m.doc).length > 0) return [];
      const [en, sv] =
        m.doc.fileSecs.length === 0
          ? ['sip.xml has no fileSec: it lists no files', 'sip.xml saknar fileSec: den förtecknar inga filer']
          : ['The fileSec of sip.xml lists no files', 'fileSec i sip.xml förtecknar inga filer'];
      return [finding(en, sv, loc(m, '/mets/fileSec', m.doc.fileSecs[0] ?? m.mets))];
    }),
};
