/**
 * SIARD_29a — "Tables and columns that did not exist in the original database layer (such as code tables created for archiving purposes) SHOULD be named with the prefix “Arch_” in metadata.xml"
 *
 * Which tables and columns the export created cannot be seen in the file, so this is a manual
 * checkpoint (reported as not applicable) for every package holding a database.
 */
import type { Rule } from '../../rule.ts';
import { manualCheckpoint } from './siard-support.ts';

export const SIARD_29a: Rule = {
  id: 'SIARD_29a',
  check: (ctx) =>
    manualCheckpoint(
      ctx,
      'check that tables and columns created for the archival export are named with the prefix Arch_ (which ones were created cannot be seen in the file)',
      'kontrollera att tabeller och kolumner som skapats för uttaget har prefixet Arch_ (vilka som skapats syns inte i filen)',
    ),
};
