/**
 * The file groups a CSIP package must have by kind (CSIP60, CSIP64, CSIP113, CSIP114): which USE
 * values mark a Documentation, Schemas or Representations group, and which folders a USE names.
 */
import type { FileGrp } from '../../../package/mets-model.ts';
import type { PackageContext, ParsedMets } from '../../package-context.ts';
import { finding, type CheckResult, type Finding } from '../../rule.ts';
import { nearMiss, type DivisionLabel } from '../../vocabularies.ts';
import { fileGrps } from '../shared/file-section.ts';
import { at } from '../shared/locations.ts';
import { outcome, packageMets, readableMets, unreadableMets } from '../shared/mets-documents.ts';
import {
  capitalizeFirst,
  dirOf,
  foldersWithFiles,
  joinPath,
  lowerFirstSegment,
} from '../shared/package-paths.ts';
import { fileSecLocation } from './file-checks.ts';

export type Kind = Extract<DivisionLabel, 'Documentation' | 'Schemas'>;

/**
 * USE values that mark a Documentation or Schemas file group: the vocabulary value, and in a
 * representation METS also the folder path from the package root ("Representations/rep1/schemas"),
 * the spelling the representation's data group uses ("Representations/rep1/data").
 */
export function kindUses(mets: ParsedMets, kind: Kind): string[] {
  const out: string[] = [kind];
  if (mets.representation) out.push(`${capitalizeFirst(mets.representation)}/${kind.toLowerCase()}`);
  return out;
}

export function isKindGrp(mets: ParsedMets, grp: FileGrp, kind: Kind): boolean {
  const use = grp.attrs['USE'];
  return use !== undefined && kindUses(mets, kind).includes(use);
}

export function isRepresentationsGrp(grp: FileGrp): boolean {
  return (grp.attrs['USE'] ?? '').startsWith('Representations');
}

/**
 * The folders a fileGrp/@USE can name (CSIP64): the USE as written and with its first segment in
 * lower case ("Representations/rep1" names representations/rep1), relative to the package root or
 * to the folder of the METS document ("Data" in representations/rep1/METS.xml).
 */
export function useFolders(mets: ParsedMets, use: string): string[] {
  const clean = use
    .trim()
    .replace(/^\.?\/+/, '')
    .replace(/\/+$/, '');
  if (!clean) return [];
  const variants = [clean, lowerFirstSegment(clean)];
  const base = dirOf(mets.path);
  const out = new Set(variants);
  if (base) for (const v of variants) out.add(`${base}/${v}`);
  return [...out];
}

/** CSIP60/CSIP113: a Documentation/Schemas file group in every METS document whose folder has such content. */
export function checkKindGroup(ctx: PackageContext, kind: Kind): CheckResult {
  const folder = kind.toLowerCase();
  const folders = foldersWithFiles(ctx);
  const findings: Finding[] = [];
  let applicable = false;
  if (!packageMets(ctx) && folders.has(folder)) {
    applicable = true;
    const need = { en: `the '${kind}' file group for ${folder}/`, sv: `filgruppen '${kind}' för ${folder}/` };
    findings.push(...unreadableMets(ctx, need, true));
  }
  for (const m of readableMets(ctx)) {
    const contentFolder = joinPath(dirOf(m.path), folder);
    const hasContent = folders.has(contentFolder);
    const grps = fileGrps(m.doc).filter((e) => isKindGrp(m, e.grp, kind));
    if (!hasContent && grps.length === 0) continue;
    applicable = true;
    if (!hasContent || grps.length > 0) continue;
    const usesEn = kindUses(m, kind).join("' or '");
    const usesSv = kindUses(m, kind).join("' eller '");
    const near = fileGrps(m.doc).find((e) => nearMiss(e.grp.attrs['USE'], kind));
    const hintEn = near ? ` (file group USE '${near.grp.attrs['USE']}' differs in case or spaces)` : '';
    const hintSv = near
      ? ` (filgruppens USE '${near.grp.attrs['USE']}' skiljer sig i skiftläge eller mellanslag)`
      : '';
    findings.push(
      finding(
        `${contentFolder}/ holds files, but ${m.path} has no file group with USE '${usesEn}'${hintEn}`,
        `${contentFolder}/ innehåller filer, men ${m.path} saknar filgrupp med USE '${usesSv}'${hintSv}`,
        near ? at(m, near.xpath, near.grp) : fileSecLocation(m),
      ),
    );
  }
  return outcome(findings, applicable, {
    en: `The package has no ${folder}/ content and no '${kind}' file group`,
    sv: `Paketet har varken innehåll i ${folder}/ eller någon filgrupp '${kind}'`,
  });
}
