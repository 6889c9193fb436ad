/**
 * The fptrs of the Documentation, Schemas and Representations divisions (CSIP96, 100, 104, 116,
 * 118, 119): they reference every file group of the section's kind, and only such groups.
 */
import type { PackageContext } from '../../package-context.ts';
import { finding, type CheckResult, type Finding } from '../../rule.ts';
import { fileGrps, grpById } from '../shared/file-section.ts';
import { idrefs } from '../shared/ids.ts';
import { at } from '../shared/locations.ts';
import { outcome, readableMets } from '../shared/mets-documents.ts';
import { divsLabelled, type DivEntry } from './divisions.ts';
import { naNoDivision, type Section } from './section-divisions.ts';

/**
 * CSIP96/100/104: every file group of the section's kind is referenced from the division (directly
 * or through an enclosing group), one file group per fptr.
 */
export function checkSectionCoverage(ctx: PackageContext, s: Section): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    const divs = divsLabelled(m.doc, s.label);
    if (divs.length === 0) continue;
    applicable = true;
    const referenced = new Set<string>();
    for (const d of divs) {
      d.div.fptrs.forEach((f, i) => {
        const ids = idrefs(f.attrs['FILEID']);
        ids.forEach((id) => referenced.add(id));
        if (ids.length > 1) {
          findings.push(
            finding(
              `An fptr of the '${s.label}' division references ${ids.length} file groups (${ids.join(', ')}); use one fptr per file group`,
              `En filpekare i indelningen '${s.label}' refererar till ${ids.length} filgrupper (${ids.join(', ')}); använd en filpekare per filgrupp`,
              at(m, `${d.xpath}/fptr[${i + 1}]`, f),
            ),
          );
        }
      });
    }
    const first = divs[0] as DivEntry;
    for (const e of fileGrps(m.doc)) {
      if (!s.isGrp(m, e.grp)) continue;
      const covered = [...e.ancestors, e.grp].some((g) => referenced.has(g.attrs['ID'] ?? '\u0000'));
      if (covered) continue;
      const id = e.grp.attrs['ID'];
      findings.push(
        finding(
          id
            ? `The ${s.en} file group '${id}' is not referenced by an fptr of the '${s.label}' division`
            : `A ${s.en} file group (USE '${e.grp.attrs['USE']}') has no ID, so the '${s.label}' division cannot reference it`,
          id
            ? `Filgruppen '${id}' för ${s.sv} refereras inte av någon filpekare i indelningen '${s.label}'`
            : `En filgrupp för ${s.sv} (USE '${e.grp.attrs['USE']}') saknar ID och kan därför inte refereras från indelningen '${s.label}'`,
          at(m, first.xpath, first.div),
        ),
      );
    }
  }
  return outcome(findings, applicable, naNoDivision(s));
}

/** CSIP116/118/119: each fptr of the division has a FILEID naming a file group of the section's kind. */
export function checkSectionPointers(ctx: PackageContext, s: Section): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    const byId = grpById(m.doc);
    for (const d of divsLabelled(m.doc, s.label)) {
      d.div.fptrs.forEach((f, i) => {
        applicable = true;
        const loc = at(m, `${d.xpath}/${d.div.fptrs.length > 1 ? `fptr[${i + 1}]` : 'fptr'}`, f);
        const ids = idrefs(f.attrs['FILEID']);
        if (ids.length === 0) {
          findings.push(
            finding(
              `An fptr of the '${s.label}' division has no FILEID`,
              `En filpekare i indelningen '${s.label}' saknar FILEID`,
              loc,
            ),
          );
        }
        for (const id of ids) {
          const grp = byId.get(id);
          if (grp && s.isGrp(m, grp.grp)) continue;
          const element = m.doc.ids.get(id)?.[0]?.element;
          findings.push(
            grp
              ? finding(
                  `An fptr of the '${s.label}' division points to file group '${id}', whose USE is '${grp.grp.attrs['USE'] ?? ''}', not a ${s.en} file group`,
                  `En filpekare i indelningen '${s.label}' pekar på filgruppen '${id}' med USE '${grp.grp.attrs['USE'] ?? ''}', som inte är en filgrupp för ${s.sv}`,
                  loc,
                )
              : element
                ? finding(
                    `An fptr of the '${s.label}' division points to '${id}', which is a ${element} element, not a file group`,
                    `En filpekare i indelningen '${s.label}' pekar på '${id}', som är ett ${element}-element och inte en filgrupp`,
                    loc,
                  )
                : finding(
                    `An fptr of the '${s.label}' division points to '${id}', but no element has that ID`,
                    `En filpekare i indelningen '${s.label}' pekar på '${id}', men inget element har det ID:t`,
                    loc,
                  ),
          );
        }
      });
    }
  }
  return outcome(findings, applicable, {
    en: `No '${s.label}' division has an fptr`,
    sv: `Ingen indelning '${s.label}' har någon filpekare`,
  });
}
