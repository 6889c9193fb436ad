/**
 * CSIP32 (mets/amdSec/digiprovMD, 0..n): For recording information about preservation the standard
 * PREMIS is used. It is mandatory to include one <digiprovMD> element for each piece of PREMIS
 * metadata.
 *
 * The use if PREMIS in METS is following the recommendations in the 2017 version of PREMIS in METS
 * Guidelines.
 *
 * Checked: each file in a metadata/preservation/ folder (of the package or of a representation) is
 * described by an amdSec section of some METS document. A reference from techMD or rightsMD counts
 * as well: PREMIS in METS (2017) places PREMIS entities in those sections too, and the point of the
 * requirement is that no preservation metadata goes undescribed. Not applicable when the package
 * has neither preservation metadata files nor digiprovMD.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { referencedBy, sectionsOf } from '../shared/metadata-sections.ts';
import { isInMetadataFolder, owningMets } from './metadata-files.ts';

export const CSIP32: Rule = {
  id: 'CSIP32',
  check(ctx) {
    const files = [...ctx.entries.values()].filter(
      (e) => e.type === 'file' && isInMetadataFolder(e.path, 'preservation'),
    );
    if (files.length === 0 && sectionsOf(ctx, 'digiprovMD').length === 0) {
      return notApplicable(
        'The package has no preservation metadata (no metadata/preservation files, no digiprovMD)',
        'Paketet har ingen bevarandemetadata (inga filer i metadata/preservation, ingen digiprovMD)',
      );
    }
    const described = referencedBy(ctx, ['digiprovMD', 'techMD', 'rightsMD', 'sourceMD']);
    return files
      .filter((e) => !described.has(e.path))
      .map((e) =>
        finding(
          `The preservation metadata file '${e.path}' is not described by a digiprovMD in amdSec`,
          `Bevarandemetadatafilen '${e.path}' redovisas inte i någon digiprovMD i amdSec`,
          { file: owningMets(ctx, e.path), xpath: '/mets/amdSec/digiprovMD' },
        ),
      );
  },
};
