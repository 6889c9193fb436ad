/**
 * SIARD_29 (SHOULD) — "Tables, columns/fields, keys, coded values SHOULD be explained, preferably
 * in the metadata.xml and via code tables or the SIARD file or alternatively in the Documentation
 * folder."
 *
 * Checkable part: every table and column of metadata.xml has a description, or, failing that, the
 * package has documentation files that may explain them. How good the explanations are, and
 * whether keys and coded values are covered, is for a person to judge.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { documentationFiles, withSiard } from './siard-support.ts';

export const SIARD_29: Rule = {
  id: 'SIARD_29',
  check: (ctx) =>
    withSiard(ctx, (analysis) => {
      const read = analysis.files.filter((f) => f.version !== null || f.stats.tables > 0);
      if (read.length === 0)
        return notApplicable('No metadata.xml could be read', 'Ingen metadata.xml kunde läsas');
      if (documentationFiles(ctx).length > 0) return [];
      return read.flatMap((f) => {
        const { tablesUndescribed: t, columnsUndescribed: c, tables, columns } = f.stats;
        if (t + c === 0) return [];
        return [
          finding(
            `${f.path}: ${t} of ${tables} tables and ${c} of ${columns} columns have no description in metadata.xml, and there is no documentation folder to explain them`,
            `${f.path}: ${t} av ${tables} tabeller och ${c} av ${columns} kolumner saknar beskrivning i metadata.xml, och det finns ingen dokumentationsmapp som förklarar dem`,
            { file: `${f.path}!/header/metadata.xml` },
          ),
        ];
      });
    }),
};
