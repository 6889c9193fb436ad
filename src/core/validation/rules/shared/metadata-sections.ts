/**
 * The metadata sections of the METS documents (dmdSec, and the digiprovMD, rightsMD, techMD and
 * sourceMD of amdSec), each with its document and XPath, and the files their mdRefs point to.
 */
import type { MdSec, MetsDocument } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { notApplicable, type CheckResult, type Finding, type Message } from '../../rule.ts';
import { step } from './locations.ts';
import { readableMets, type Mets } from './mets-documents.ts';
import { hrefTarget } from './package-paths.ts';

/** The profiled metadata section kinds (techMD and sourceMD are not profiled by CSIP). */
export type MdKind = 'dmdSec' | 'digiprovMD' | 'rightsMD';

/** The sections an amdSec holds. */
export const AMD_KINDS = ['techMD', 'rightsMD', 'sourceMD', 'digiprovMD'] as const;

export interface SectionAt {
  readonly mets: Mets;
  readonly sec: MdSec;
  readonly xpath: string;
}

/** Every section of the kinds given in one document, with its XPath. */
export function sectionsIn(mets: Mets, kinds: readonly MdSec['kind'][]): SectionAt[] {
  const doc = mets.doc;
  const out: SectionAt[] = [];
  if (kinds.includes('dmdSec'))
    doc.dmdSecs.forEach((sec, i) => out.push({ mets, sec, xpath: `/mets/${step('dmdSec', sec, i)}` }));
  doc.amdSecs.forEach((amd, a) => {
    for (const kind of AMD_KINDS) {
      if (!kinds.includes(kind)) continue;
      amd[kind].forEach((sec, i) =>
        out.push({ mets, sec, xpath: `/mets/${step('amdSec', amd, a)}/${step(kind, sec, i)}` }),
      );
    }
  });
  return out;
}

/** Every section of a kind in every readable METS document of the package. */
export function sectionsOf(ctx: PackageContext, kind: MdKind): SectionAt[] {
  return readableMets(ctx).flatMap((m) => sectionsIn(m, [kind]));
}

/** How a section is named in messages: `dmdSec 'dmd-ead'` or `dmdSec (without ID)`. */
export function sectionName(s: SectionAt): Message {
  const id = s.sec.attrs['ID'];
  if (id) return { en: `${s.sec.kind} '${id}'`, sv: `${s.sec.kind} '${id}'` };
  return { en: `${s.sec.kind} (without ID)`, sv: `${s.sec.kind} (utan ID)` };
}

/** Runs a check on every section of a kind; not applicable when the package has none. */
export function everySection(
  ctx: PackageContext,
  kind: MdKind,
  check: (s: SectionAt) => Finding[],
): CheckResult {
  const sections = sectionsOf(ctx, kind);
  if (sections.length === 0) {
    return notApplicable(
      `The package has no ${kind}, so this requirement on ${kind} does not apply`,
      `Paketet har ingen ${kind}, så kravet på ${kind} är inte tillämpligt`,
    );
  }
  return sections.flatMap(check);
}

/** Package paths referenced by mdRef from sections of the given kinds, in any METS document. */
export function referencedBy(ctx: PackageContext, kinds: readonly MdSec['kind'][]): Set<string> {
  const out = new Set<string>();
  for (const m of readableMets(ctx)) {
    for (const { sec } of sectionsIn(m, kinds)) {
      for (const ref of sec.mdRefs) {
        const path = hrefTarget(m, ref);
        if (path) out.add(path);
      }
    }
  }
  return out;
}

/** IDs of the amdSecs and of their techMD/rightsMD/sourceMD/digiprovMD sections. */
export function amdIds(doc: MetsDocument): Set<string> {
  const out = new Set<string>();
  for (const amd of doc.amdSecs) {
    if (amd.attrs['ID']) out.add(amd.attrs['ID']);
    for (const kind of AMD_KINDS) for (const sec of amd[kind]) if (sec.attrs['ID']) out.add(sec.attrs['ID']);
  }
  return out;
}

/** IDs of the dmdSecs. */
export function dmdIds(doc: MetsDocument): Set<string> {
  return new Set(doc.dmdSecs.map((s) => s.attrs['ID']).filter((id): id is string => !!id));
}
