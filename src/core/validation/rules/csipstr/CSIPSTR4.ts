/**
 * CSIPSTR4: The Information Package root folder MUST include a file named METS.xml. This file MUST
 * contain metadata that identifies the package, provides a high-level package description, and
 * describes its structure, including pointers to constituent representations.
 *
 * Checked: a file named exactly `METS.xml` (case-sensitive) in the root folder that parses as a
 * METS document. What it must contain is checked by the CSIP requirements.
 */
import { finding, type Rule } from '../../rule.ts';
import { caseHint } from './listing.ts';

export const CSIPSTR4: Rule = {
  id: 'CSIPSTR4',
  check(ctx) {
    const entry = ctx.entries.get('METS.xml');
    if (entry?.type !== 'file') {
      const hint = caseHint(ctx, 'METS.xml');
      return [
        finding(
          `The root folder has no file named 'METS.xml'${hint.en}`,
          `Rotmappen saknar en fil med namnet 'METS.xml'${hint.sv}`,
          { file: 'METS.xml' },
        ),
      ];
    }
    if (!ctx.root?.doc) {
      const why = ctx.root?.parseError?.message ?? 'unknown error';
      return [
        finding(`METS.xml could not be read as XML (${why})`, `METS.xml kunde inte läsas som XML (${why})`, {
          file: 'METS.xml',
        }),
      ];
    }
    const doc = ctx.root.doc;
    if (doc.mets) return [];
    return [
      finding(
        `METS.xml is not a METS document: its document element is {${doc.rootNamespace}}${doc.rootLocalName}`,
        `METS.xml är inte ett METS-dokument: dokumentelementet är {${doc.rootNamespace}}${doc.rootLocalName}`,
        { file: 'METS.xml', xpath: '/*', line: 1 },
      ),
    ];
  },
};
