/**
 * CSIP17 (mets/dmdSec, 0..n): Must be used if descriptive metadata for the package content is
 * available. Each descriptive metadata section (<dmdSec>) contains a single description and must
 * be repeated for multiple descriptions, when available.
 *
 * It is possible to transfer metadata in a package using just the descriptive metadata section
 * and/or administrative metadata section.
 *
 * Two checks, both at the requirement's SHOULD level:
 * - the package METS has at least one dmdSec (a package should carry a description of its content);
 * - descriptive metadata that is available, i.e. each file in a metadata/descriptive/ folder of the
 *   package or of a representation, is described by a dmdSec of some METS document (one dmdSec per
 *   description; which mdRef attributes it needs is CSIP22–30's concern).
 * A representation METS without dmdSec is fine when its representation has no descriptive files.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { referencedBy } from '../shared/metadata-sections.ts';
import { packageMets, unreadableMets } from '../shared/mets-documents.ts';
import { isInMetadataFolder, owningMets } from './metadata-files.ts';

export const CSIP17: Rule = {
  id: 'CSIP17',
  check(ctx) {
    const out: Finding[] = unreadableMets(ctx, undefined, true);
    const root = packageMets(ctx)?.doc;
    if (root && root.dmdSecs.length === 0) {
      out.push(
        finding(
          'The package METS has no dmdSec; descriptive metadata for the package content should be described there',
          'Paketets METS saknar dmdSec; beskrivande metadata om paketets innehåll bör redovisas där',
          { file: root.path, xpath: '/mets/dmdSec', ...(root.mets ? { line: root.mets.line } : {}) },
        ),
      );
    }
    const described = referencedBy(ctx, ['dmdSec']);
    for (const e of ctx.entries.values()) {
      if (e.type !== 'file' || !isInMetadataFolder(e.path, 'descriptive') || described.has(e.path)) continue;
      out.push(
        finding(
          `The descriptive metadata file '${e.path}' is not described by any dmdSec`,
          `Den beskrivande metadatafilen '${e.path}' redovisas inte i någon dmdSec`,
          { file: owningMets(ctx, e.path), xpath: '/mets/dmdSec' },
        ),
      );
    }
    return out;
  },
};
