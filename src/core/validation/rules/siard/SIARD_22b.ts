/**
 * SIARD_22b — "LOBS that are located as per SIARD2.2 MUST confirm to a defined structure. •A main
 * LOB folder named [databaseName]_lobs •A LOB folder for each column named after the schema no. i,
 * table no. j, column no. k; i. e.: s[i]_t[j]_c[k] •A folder named seg_0 •A LOB file named after
 * the table no. j, column no. k and row no. l of the LOB i.e. t[j]_c[k]_r[l] •A LOB file name
 * suffix named bin (or a file extension associated with the MIME type …)"
 *
 * Every file below a …_lobs/ folder in a representation's data follows that structure, and the
 * folder is named after a .siard file beside it. Segment numbers other than 0 are accepted (large
 * columns are split into segments); seg_<n>.zip is SIARD_22c.
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { followsLobStructure, lobFolderFiles } from './lob-folders.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_22b: Rule = {
  id: 'SIARD_22b',
  check: (ctx) =>
    withSiard(ctx, () => {
      const files = lobFolderFiles(ctx);
      if (files.length === 0)
        return notApplicable(
          'There is no [databaseName]_lobs folder',
          'Det finns ingen mapp [databasnamn]_lobs',
        );
      const findings: Finding[] = [];
      for (const folder of new Set(files.map((f) => f.folder))) {
        const names = files.find((f) => f.folder === folder)?.databaseNames ?? [];
        const db = folder.slice(folder.lastIndexOf('/') + 1, -'_lobs'.length);
        if (names.includes(db)) continue;
        findings.push(
          finding(
            `${folder}/ is not named after a .siard file beside it (${names.map((n) => `${n}_lobs`).join(', ') || 'no .siard file there'})`,
            `${folder}/ har inte namn efter en .siard-fil bredvid (${names.map((n) => `${n}_lobs`).join(', ') || 'ingen .siard-fil där'})`,
            { file: folder },
          ),
        );
      }
      for (const f of files) {
        if (followsLobStructure(f.rest)) continue;
        findings.push(
          finding(
            `${f.path} does not follow s<i>_t<j>_c<k>/seg_<n>/t<j>_c<k>_r<l>.<ext>`,
            `${f.path} följer inte s<i>_t<j>_c<k>/seg_<n>/t<j>_c<k>_r<l>.<ext>`,
            { file: f.path },
          ),
        );
      }
      return findings;
    }),
};
