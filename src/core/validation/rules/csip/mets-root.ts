/**
 * The root `mets` element and the `metsHdr` of every METS document (CSIP1–CSIP16, CSIP117): the
 * requirements hold for the package METS and for each representation METS.
 */
import type { MetsDocument, MetsElement, MetsHdr } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { finding, type Finding } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { everyMets, type Mets } from '../shared/mets-documents.ts';

/** Runs a check on the root `mets` element of every readable METS document (see everyMets). */
export function everyMetsRoot(
  ctx: PackageContext,
  check: (m: Mets, mets: MetsElement) => Finding[],
): Finding[] {
  return everyMets(ctx, (m, doc) => check(m, doc.mets as MetsElement));
}

/** The single metsHdr of a document, or a finding that it is missing (CSIP117 makes it mandatory). */
export function headerOf(m: Mets, doc: MetsDocument): MetsHdr | Finding {
  const hdr = doc.metsHdrs[0];
  if (hdr) return hdr;
  return finding(
    'The METS document has no metsHdr, so the package header information is missing',
    'METS-dokumentet saknar metsHdr, så paketets huvudinformation saknas',
    at(m, '/mets/metsHdr', doc.mets ?? undefined),
  );
}
