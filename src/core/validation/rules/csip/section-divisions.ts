/**
 * The Documentation, Schemas and Representations divisions share one shape (CSIP93–104, 116, 118,
 * 119): a division labelled from the vocabulary whose fptrs point to the file groups of that kind.
 * This file holds the kinds and the checks on the division itself; section-pointers.ts its fptrs.
 */
import type { FileGrp } from '../../../package/mets-model.ts';
import type { PackageContext, ParsedMets } from '../../package-context.ts';
import { finding, type CheckResult, type Finding, type Message } from '../../rule.ts';
import { nearMiss, type DivisionLabel } from '../../vocabularies.ts';
import { fileGrps, grpById } from '../shared/file-section.ts';
import { idFindings, idrefs } from '../shared/ids.ts';
import { at } from '../shared/locations.ts';
import { outcome, readableMets } from '../shared/mets-documents.ts';
import { childDivs, divsLabelled, representationDivs, topDiv, type DivEntry } from './divisions.ts';
import { isKindGrp, isRepresentationsGrp } from './file-groups.ts';

export interface Section {
  readonly label: Exclude<DivisionLabel, 'Metadata'>;
  readonly en: string;
  readonly sv: string;
  readonly isGrp: (mets: ParsedMets, grp: FileGrp) => boolean;
}

export const DOCUMENTATION: Section = {
  label: 'Documentation',
  en: 'documentation',
  sv: 'dokumentation',
  isGrp: (m, g) => isKindGrp(m, g, 'Documentation'),
};
export const SCHEMAS: Section = {
  label: 'Schemas',
  en: 'schemas',
  sv: 'scheman',
  isGrp: (m, g) => isKindGrp(m, g, 'Schemas'),
};
export const REPRESENTATIONS: Section = {
  label: 'Representations',
  en: 'content',
  sv: 'innehåll',
  isGrp: (_m, g) => isRepresentationsGrp(g),
};

/** Not applicable: no METS document has the section's division. */
export function naNoDivision(s: Section): Message {
  return {
    en: `No METS document has a division labelled '${s.label}'`,
    sv: `Inget METS-dokument har en indelning med etiketten '${s.label}'`,
  };
}

/** CSIP93/97/101: one division for the section when file groups of its kind exist, never several. */
export function checkSectionDivision(ctx: PackageContext, s: Section): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    const top = topDiv(m.doc);
    if (!top) continue;
    const divs = divsLabelled(m.doc, s.label);
    const grps = fileGrps(m.doc).filter((e) => s.isGrp(m, e.grp));
    if (divs.length === 0 && grps.length === 0) continue;
    applicable = true;
    if (divs.length > 1) {
      findings.push(
        finding(
          `The structural map has ${divs.length} divisions labelled '${s.label}'; expected exactly one`,
          `Strukturkartan har ${divs.length} indelningar med etiketten '${s.label}'; exakt en förväntades`,
          at(m, (divs[1] as DivEntry).xpath, (divs[1] as DivEntry).div),
        ),
      );
    } else if (divs.length === 0) {
      // CSIP101: with representation METS files the content is described by the
      // Representations/<rep> divisions instead ("when no representations are present").
      if (s === REPRESENTATIONS && representationDivs(m.doc).length > 0) continue;
      const ids = grps.map((e) => `'${e.grp.attrs['ID'] ?? e.grp.attrs['USE']}'`).join(', ');
      findings.push(
        finding(
          `There are ${s.en} file groups (${ids}), but the structural map has no division labelled '${s.label}'`,
          `Det finns filgrupper för ${s.sv} (${ids}), men strukturkartan saknar en indelning med etiketten '${s.label}'`,
          at(m, top.xpath, top.div),
        ),
      );
    }
  }
  return outcome(findings, applicable, {
    en: `No METS document has ${s.en} file groups or a '${s.label}' division`,
    sv: `Inget METS-dokument har filgrupper för ${s.sv} eller en indelning '${s.label}'`,
  });
}

/** CSIP94/98/102: the section division has a unique xs:ID. */
export function checkSectionDivisionId(ctx: PackageContext, s: Section): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    for (const d of divsLabelled(m.doc, s.label)) {
      applicable = true;
      findings.push(
        ...idFindings(ctx, m, d.div, d.xpath, {
          en: `'${s.label}' division`,
          sv: `indelningen '${s.label}'`,
        }),
      );
    }
  }
  return outcome(findings, applicable, naNoDivision(s));
}

/**
 * CSIP95/99/103: the division of the section carries exactly the vocabulary label. Fails for
 * labels that differ only in case or spaces, and for a division otherwise labelled whose fptr
 * points to a file group of this kind.
 */
export function checkSectionLabel(ctx: PackageContext, s: Section): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    const byId = grpById(m.doc);
    for (const d of childDivs(m.doc)) {
      const label = d.div.attrs['LABEL'];
      if (label === s.label) {
        applicable = true;
        continue;
      }
      if (s === REPRESENTATIONS && (label ?? '').startsWith('Representations/')) continue; // CSIP107
      const pointsHere = d.div.fptrs.some((f) =>
        idrefs(f.attrs['FILEID']).some((id) => {
          const grp = byId.get(id);
          return grp !== undefined && s.isGrp(m, grp.grp);
        }),
      );
      if (!nearMiss(label, s.label) && !pointsHere) continue;
      applicable = true;
      findings.push(
        finding(
          `The division for ${s.en} is labelled '${label ?? ''}'; expected exactly '${s.label}'`,
          `Indelningen för ${s.sv} har etiketten '${label ?? ''}'; exakt '${s.label}' förväntades`,
          at(m, d.xpath, d.div),
        ),
      );
    }
  }
  return outcome(findings, applicable, naNoDivision(s));
}
