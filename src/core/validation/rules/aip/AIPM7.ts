/**
 * AIPM7 — Digital provenance metadata type version (dependsOn AIPM6):
 * "The digital provenance metadata of type `PREMIS` should be used in version 3."
 * Every PREMIS digiprovMD/mdRef has an MDTYPEVERSION starting with "3" (the test's
 * starts-with(@MDTYPEVERSION,"3")). No PREMIS reference: not applicable. Package METS only.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { onOptionalPackageMets } from '../shared/mets-documents.ts';
import { digiprovRefs, isPremis } from './digiprov.ts';

export const AIPM7: Rule = {
  id: 'AIPM7',
  check: (ctx) =>
    onOptionalPackageMets(ctx, (doc, path) => {
      const premis = digiprovRefs(doc).filter(({ ref }) => isPremis(ref));
      if (premis.length === 0) {
        return notApplicable(
          'The AIP METS references no PREMIS digital provenance metadata',
          'Arkivpaketets (AIP) METS refererar inte till någon proveniensmetadata i PREMIS',
        );
      }
      return premis
        .filter(({ ref }) => !ref.attrs['MDTYPEVERSION']?.trim().startsWith('3'))
        .map(({ ref, xpath }) => {
          const version = ref.attrs['MDTYPEVERSION'];
          const href = ref.attrs['xlink:href'] ?? '?';
          return finding(
            version === undefined
              ? `PREMIS reference ${href} has no MDTYPEVERSION; PREMIS version 3 (e.g. "3.0") is expected`
              : `PREMIS reference ${href} has MDTYPEVERSION "${version}"; PREMIS version 3 (e.g. "3.0") is expected`,
            version === undefined
              ? `PREMIS-referensen ${href} saknar MDTYPEVERSION; PREMIS version 3 (t.ex. "3.0") förväntas`
              : `PREMIS-referensen ${href} har MDTYPEVERSION "${version}"; PREMIS version 3 (t.ex. "3.0") förväntas`,
            at(path, `${xpath}/@MDTYPEVERSION`, ref),
          );
        });
    }),
};
