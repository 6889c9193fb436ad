/**
 * SAMARKIV-FMT-1 — "Every file except the METS documents, schemas/ and metadata/ is identified as a
 * PRONOM format (PUID) from the DROID signature files (checkpoint K06)."
 *
 * A content file fails when identification found no PUID, and also when it has no identification
 * result at all (it was not read during the check): either way nobody knows its format. A match by
 * extension only (CSV, plain text: PRONOM has no byte signature for them) counts as identified.
 * Not applicable when format identification did not run (ctx.content.signatureVersions null).
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { contentFiles } from './content-files.ts';

export const SAMARKIV_FMT_1: Rule = {
  id: 'SAMARKIV-FMT-1',
  check(ctx) {
    const versions = ctx.content?.signatureVersions;
    if (!versions) {
      return notApplicable('Format identification did not run', 'Formatidentifiering kördes inte');
    }
    const signatures = `DROID signature file V${versions.signature}, container signatures ${versions.container}`;
    const signaturesSv = `DROID-signaturfil V${versions.signature}, containersignaturer ${versions.container}`;
    const findings: Finding[] = [];
    for (const { path, facts } of contentFiles(ctx)) {
      const id = facts?.format;
      if (id?.puid) continue;
      if (!facts) {
        findings.push(
          finding(
            `${path} was not read during the check, so its format was not identified`,
            `${path} lästes inte vid kontrollen, så dess format har inte identifierats`,
            { file: path },
          ),
        );
      } else if (!id) {
        findings.push(
          finding(
            `${path} has no format identification result`,
            `${path} saknar resultat från formatidentifieringen`,
            { file: path },
          ),
        );
      } else {
        const note = id.warning ? ` (${id.warning})` : '';
        findings.push(
          finding(
            `${path}: no format signature matched (${signatures}), so its format is unknown${note}`,
            `${path}: ingen formatsignatur matchade (${signaturesSv}), så dess format är okänt${note}`,
            { file: path },
          ),
        );
      }
    }
    return findings;
  },
};
