import type { PackageContext } from '../../package-context.ts';
import { finding, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { outcome, packageMets, readableMets, unreadableMets } from '../shared/mets-documents.ts';
import { dirOf } from '../shared/package-paths.ts';

/**
 * CSIP58 (File section): "References to all transferred content SHOULD be placed in the file
 * section in the different file group elements … Only a single file section (`<fileSec>`) element
 * should be present. In the case that a package only contains metadata updates, i.e. exclusively
 * metadata files, then no file references need to be added to this section." (mets/fileSec, 0..1)
 *
 * Every METS document: at most one fileSec, and one fileSec when its folder holds anything besides
 * the METS file itself and metadata/ (a representation METS' folder for a representation METS).
 */
export const CSIP58: Rule = {
  id: 'CSIP58',
  check(ctx) {
    const findings: Finding[] = [];
    const withContent = foldersWithContent(ctx);
    if (!packageMets(ctx) && withContent.has('')) {
      findings.push(
        ...unreadableMets(
          ctx,
          {
            en: 'the file section that references the content',
            sv: 'filsektionen som refererar till innehållet',
          },
          true,
        ),
      );
    }
    for (const m of readableMets(ctx)) {
      const secs = m.doc.fileSecs;
      if (secs.length > 1) {
        findings.push(
          finding(
            `${m.path} has ${secs.length} file sections (fileSec); only one should be present`,
            `${m.path} har ${secs.length} filsektioner (fileSec); endast en bör finnas`,
            at(m, '/mets/fileSec[2]', secs[1]),
          ),
        );
      } else if (secs.length === 0 && withContent.has(dirOf(m.path))) {
        findings.push(
          finding(
            `${m.path} has no file section (fileSec), although its folder holds content besides metadata`,
            `${m.path} saknar filsektion (fileSec), fast mappen innehåller annat än metadata`,
            at(m, '/mets', m.doc.mets ?? undefined),
          ),
        );
      }
    }
    return outcome(findings, true, { en: '', sv: '' });
  },
};

/** Folders of METS documents (and the package root) that hold files other than METS.xml and metadata/. */
function foldersWithContent(ctx: PackageContext): Set<string> {
  const bases = new Set<string>(['', ...ctx.representations.map((r) => dirOf(r.path))]);
  const out = new Set<string>();
  for (const e of ctx.entries.values()) {
    if (e.type !== 'file') continue;
    for (let d = dirOf(e.path); ; d = dirOf(d)) {
      if (bases.has(d) && !out.has(d)) {
        const rel = d ? e.path.slice(d.length + 1) : e.path;
        if (rel !== 'METS.xml' && !rel.startsWith('metadata/')) out.add(d);
      }
      if (d === '') break;
    }
  }
  return out;
}
