/**
 * CSIP31 (mets/amdSec, 0..1): If administrative / preservation metadata is available, it must be
 * described using the administrative metadata section (<amdSec>) element.
 *
 * All administrative metadata is present in a single <amdSec> element.
 *
 * It is possible to transfer metadata in a package using just the descriptive metadata section
 * and/or administrative metadata section.
 *
 * Every METS document has at most one amdSec ("all administrative metadata is present in a single
 * amdSec"), and the package METS has one (SHOULD: administrative metadata is described). Whether
 * every preservation metadata file is described is CSIP32's check.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { readableMets, unreadableMets } from '../shared/mets-documents.ts';

export const CSIP31: Rule = {
  id: 'CSIP31',
  check(ctx) {
    const out: Finding[] = unreadableMets(ctx, undefined, true);
    for (const parsed of readableMets(ctx)) {
      const doc = parsed.doc;
      if (doc.amdSecs.length > 1) {
        out.push(
          finding(
            `The METS document has ${doc.amdSecs.length} amdSec elements; all administrative metadata belongs in a single amdSec`,
            `METS-dokumentet har ${doc.amdSecs.length} amdSec-element; all administrativ metadata ska ligga i en enda amdSec`,
            at(parsed, '/mets/amdSec[2]', doc.amdSecs[1]?.line),
          ),
        );
      }
      if (parsed === ctx.root && doc.amdSecs.length === 0) {
        out.push(
          finding(
            'The package METS has no amdSec; administrative and preservation metadata should be described there',
            'Paketets METS saknar amdSec; administrativ metadata och bevarandemetadata bör redovisas där',
            at(parsed, '/mets/amdSec', doc.mets?.line),
          ),
        );
      }
    }
    return out;
  },
};
