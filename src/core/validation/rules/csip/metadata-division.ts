/**
 * CSIP91/92: the Metadata division references the current metadata sections of its METS document,
 * by their own ID or (for amdSec sections) by the ID of their amdSec.
 */
import type { MetsDocument } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { finding, type CheckResult, type Finding } from '../../rule.ts';
import { idrefs } from '../shared/ids.ts';
import { at } from '../shared/locations.ts';
import { AMD_KINDS, amdIds, dmdIds } from '../shared/metadata-sections.ts';
import { outcome, readableMets } from '../shared/mets-documents.ts';
import { divsLabelled, topDiv } from './divisions.ts';

interface CurrentSection {
  readonly id: string;
  readonly kind: string;
  /** IDs whose reference also covers this section (its amdSec). */
  readonly coveredBy: readonly string[];
}

function currentSections(doc: MetsDocument, attr: 'ADMID' | 'DMDID'): CurrentSection[] {
  const out: CurrentSection[] = [];
  const add = (sec: { attrs: Record<string, string>; kind: string }, coveredBy: string[]): void => {
    const id = sec.attrs['ID'];
    if (id && sec.attrs['STATUS'] === 'CURRENT') out.push({ id, kind: sec.kind, coveredBy });
  };
  if (attr === 'DMDID') for (const s of doc.dmdSecs) add(s, []);
  else {
    for (const amd of doc.amdSecs) {
      const parent = amd.attrs['ID'] ? [amd.attrs['ID']] : [];
      for (const kind of AMD_KINDS) for (const s of amd[kind]) add(s, parent);
    }
  }
  return out;
}

export function checkMetadataReferences(ctx: PackageContext, attr: 'ADMID' | 'DMDID'): CheckResult {
  const words =
    attr === 'ADMID'
      ? { en: 'an administrative metadata section (amdSec)', sv: 'en administrativ metadatasektion (amdSec)' }
      : { en: 'a descriptive metadata section (dmdSec)', sv: 'en beskrivande metadatasektion (dmdSec)' };
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    const current = currentSections(m.doc, attr);
    const divs = divsLabelled(m.doc, 'Metadata');
    const refs = new Set(divs.flatMap((d) => idrefs(d.div.attrs[attr])));
    if (current.length === 0 && refs.size === 0) continue;
    applicable = true;
    const first = divs[0];
    if (!first) {
      const ids = current.map((c) => `'${c.id}'`).join(', ');
      const top = topDiv(m.doc);
      findings.push(
        finding(
          `${m.path} has no 'Metadata' division to reference the current metadata sections ${ids}`,
          `${m.path} saknar indelningen 'Metadata' som ska referera till de aktuella metadatasektionerna ${ids}`,
          top ? at(m, top.xpath, top.div) : at(m, '/mets', m.doc.mets ?? undefined),
        ),
      );
      continue;
    }
    const valid = attr === 'ADMID' ? amdIds(m.doc) : dmdIds(m.doc);
    for (const id of refs) {
      if (valid.has(id)) continue;
      findings.push(
        finding(
          `The 'Metadata' division's ${attr} refers to '${id}', which is not ${words.en} of ${m.path}`,
          `Indelningen 'Metadata' har ${attr} som hänvisar till '${id}', som inte är ${words.sv} i ${m.path}`,
          at(m, first.xpath, first.div),
        ),
      );
    }
    for (const c of current) {
      if (refs.has(c.id) || c.coveredBy.some((p) => refs.has(p))) continue;
      findings.push(
        finding(
          `The current ${c.kind} '${c.id}' is not referenced from the 'Metadata' division's ${attr}`,
          `Den aktuella metadatasektionen ${c.kind} '${c.id}' refereras inte från ${attr} i indelningen 'Metadata'`,
          at(m, first.xpath, first.div),
        ),
      );
    }
  }
  return outcome(findings, applicable, {
    en: `No METS document has current ${attr === 'ADMID' ? 'administrative' : 'descriptive'} metadata sections or a 'Metadata' division ${attr}`,
    sv: `Inget METS-dokument har aktuella ${attr === 'ADMID' ? 'administrativa' : 'beskrivande'} metadatasektioner eller ${attr} i indelningen 'Metadata'`,
  });
}
