/**
 * SIARD_22c (MAY) — "The [databaseName]_lobs/seg_[]/ folders MAY be packaged as ZIP files, named
 * with the suffix .zip"
 *
 * A permission: it cannot fail (a wrongly named ZIP fails SIARD_22b). Applies when there is a
 * [databaseName]_lobs folder.
 */
import { notApplicable, type Rule } from '../../rule.ts';
import { lobFolderFiles } from './lob-folders.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_22c: Rule = {
  id: 'SIARD_22c',
  check: (ctx) =>
    withSiard(ctx, () =>
      lobFolderFiles(ctx).length > 0
        ? []
        : notApplicable('There is no [databaseName]_lobs folder', 'Det finns ingen mapp [databasnamn]_lobs'),
    ),
};
