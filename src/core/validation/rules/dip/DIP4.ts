/**
 * DIP4 — Status of the descriptive metadata, dmdSec/@STATUS (0..1):
 * "Indicates the status of the package using a fixed vocabulary. The status SHOULD in a DIP be set
 * to "CURRENT"."
 * A DIP is made for a consumer from what is current, so every dmdSec of the package METS should
 * carry STATUS "CURRENT"; a missing STATUS or SUPERSEDED fails (the level makes it a warning).
 * No dmdSec: not applicable. Package METS only.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { at, step } from '../shared/locations.ts';
import { onOptionalPackageMets } from '../shared/mets-documents.ts';

export const DIP4: Rule = {
  id: 'DIP4',
  check: (ctx) =>
    onOptionalPackageMets(ctx, (doc, path) => {
      if (doc.dmdSecs.length === 0) {
        return notApplicable('The DIP METS has no dmdSec', 'Utlämningspaketets (DIP) METS saknar dmdSec');
      }
      return doc.dmdSecs
        .map((sec, i) => ({ sec, i }))
        .filter(({ sec }) => sec.attrs['STATUS'] !== 'CURRENT')
        .map(({ sec, i }) => {
          const name = sec.attrs['ID'] ?? String(i + 1);
          const status = sec.attrs['STATUS'];
          return finding(
            status === undefined
              ? `dmdSec ${name} has no @STATUS; in a DIP it should be "CURRENT"`
              : `dmdSec ${name} has @STATUS "${status}"; in a DIP it should be "CURRENT"`,
            status === undefined
              ? `dmdSec ${name} saknar @STATUS; i ett utlämningspaket (DIP) ska det vara "CURRENT"`
              : `dmdSec ${name} har @STATUS "${status}"; i ett utlämningspaket (DIP) ska det vara "CURRENT"`,
            at(path, `/mets/${step('dmdSec', sec, i)}/@STATUS`, sec),
          );
        });
    }),
};
