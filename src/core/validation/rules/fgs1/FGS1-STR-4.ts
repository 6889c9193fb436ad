/**
 * FGS1-STR-4 (SHOULD): every file of the package other than sip.xml is referenced from sip.xml, by
 * a fileSec FLocat or an mdRef (kontrollpunkt K05). Not applicable without a readable sip.xml.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { allMdSecs, walkFiles } from '../../../package/mets-model.ts';
import { hrefTarget } from '../shared/package-paths.ts';
import { onOptionalSip } from './sip-mets.ts';

export const FGS1_STR_4: Rule = {
  id: 'FGS1-STR-4',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const referenced = new Set<string>([m.path]);
      for (const { file } of walkFiles(m.doc)) {
        for (const flocat of file.flocats) {
          const t = hrefTarget(m, flocat);
          if (t) referenced.add(t);
        }
      }
      for (const sec of allMdSecs(m.doc)) {
        for (const ref of sec.mdRefs) {
          const t = hrefTarget(m, ref);
          if (t) referenced.add(t);
        }
      }
      const findings: Finding[] = [];
      for (const e of ctx.entries.values()) {
        if (e.type !== 'file' || referenced.has(e.path)) continue;
        findings.push(
          finding(
            `${e.path} is in the package but not referenced from ${m.path}`,
            `${e.path} finns i paketet men refereras inte från ${m.path}`,
            { file: e.path },
          ),
        );
      }
      return findings;
    }),
};
