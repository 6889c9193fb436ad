/**
 * SIARD_23 (SHOULD) — "There SHOULD be a submission agreement in the SIP representation that has
 * been tailored to handle preservation of relational databases"
 *
 * Checkable part: the package names a submission agreement (metsHdr/altRecordID
 * TYPE="SUBMISSIONAGREEMENT", as E-ARK SIP does). Whether the agreement is tailored to databases
 * is a manual checkpoint (SIARD_24–28 list what it should say).
 */
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { onPackageMets } from '../shared/mets-documents.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_23: Rule = {
  id: 'SIARD_23',
  check: (ctx) =>
    withSiard(ctx, () =>
      onPackageMets(ctx, (doc, path) => {
        const named = doc.metsHdrs.some((h) =>
          h.altRecordIds.some((a) => a.attrs['TYPE'] === 'SUBMISSIONAGREEMENT' && a.text),
        );
        if (named) return [];
        return [
          finding(
            'The package names no submission agreement (metsHdr/altRecordID TYPE="SUBMISSIONAGREEMENT"); a database delivery should follow one tailored to relational databases',
            'Paketet anger ingen leveransöverenskommelse (metsHdr/altRecordID TYPE="SUBMISSIONAGREEMENT"); en databasleverans bör följa en som är anpassad för relationsdatabaser',
            at(path, '/mets/metsHdr', doc.metsHdrs[0]?.line ?? doc.mets?.line),
          ),
        ];
      }),
    ),
};
