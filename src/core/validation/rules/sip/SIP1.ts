/**
 * SIP1 — Package name, mets/@LABEL (0..1):
 * "An optional short text describing the contents of the package, e.g. "Accounting records of 2017"."
 * Package METS only. Absent: not applicable; present but blank: failed.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { onOptionalPackageMets } from '../shared/mets-documents.ts';

export const SIP1: Rule = {
  id: 'SIP1',
  check: (ctx) =>
    onOptionalPackageMets(ctx, (doc, path) => {
      const label = doc.mets?.attrs['LABEL'];
      if (label === undefined) {
        return notApplicable('The package METS has no mets/@LABEL', 'Paketets METS saknar mets/@LABEL');
      }
      if (label.trim()) return [];
      return [
        finding(
          'mets/@LABEL is empty; it should briefly describe the contents of the package',
          'mets/@LABEL är tomt; det ska kort beskriva paketets innehåll',
          at(path, '/mets/@LABEL', doc.mets ?? undefined),
        ),
      ];
    }),
};
