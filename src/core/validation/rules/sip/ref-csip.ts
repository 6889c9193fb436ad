/**
 * REF_CSIP_1–3: "The … element should comply with … requirements in the CSIP profile."
 *
 * Running the CSIP rules themselves from here would import rules/index.ts into a rule and create
 * an import cycle, and would report every CSIP finding twice. Instead each REF_CSIP rule checks
 * the core of the section it points at — what makes the section usable at all — and leaves the
 * detail to the CSIP rules, which run in the same profile:
 * - dmdSec: ID, CREATED as xs:dateTime, and an mdRef or mdWrap (CSIP18, CSIP19, CSIP21).
 * - amdSec: every techMD/rightsMD/sourceMD/digiprovMD has an ID and an mdRef or mdWrap (CSIP33,
 *   CSIP35, CSIP46, CSIP48).
 * - fileSec: the fileSec has an ID, every fileGrp an ID and a USE, every file an ID and one FLocat
 *   with an xlink:href (CSIP59, CSIP64–67, CSIP76, CSIP79).
 * - structMap: a structMap with TYPE "PHYSICAL" and LABEL "CSIP", with an ID and exactly one
 *   top-level div with an ID (CSIP80–85).
 *
 * The SIP and DIP profiles number these references differently (SIP: dmdSec, amdSec, structMap;
 * DIP: amdSec, fileSec, structMap), so the section is looked up by the profile's package type.
 * Every METS document of the package is checked, as the CSIP rules do.
 */
import type { MdSec, MetsDocument } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult, type Finding } from '../../rule.ts';
import { fileEntries, fileGrps } from '../shared/file-section.ts';
import { at, step } from '../shared/locations.ts';
import { packageMets, readableMets, unreadableMets } from '../shared/mets-documents.ts';
import { isXsDateTime } from '../shared/xsd-datatypes.ts';

export type CsipSection = 'dmdSec' | 'amdSec' | 'fileSec' | 'structMap';
export type RefCsipId = 'REF_CSIP_1' | 'REF_CSIP_2' | 'REF_CSIP_3';

export const REF_CSIP_SECTION: Readonly<Record<'SIP' | 'DIP', Readonly<Record<RefCsipId, CsipSection>>>> = {
  SIP: { REF_CSIP_1: 'dmdSec', REF_CSIP_2: 'amdSec', REF_CSIP_3: 'structMap' },
  DIP: { REF_CSIP_1: 'amdSec', REF_CSIP_2: 'fileSec', REF_CSIP_3: 'structMap' },
};

type SectionCheck = (doc: MetsDocument, path: string) => Finding[] | null;

export function checkRefCsip(ctx: PackageContext, id: RefCsipId): CheckResult {
  const section = REF_CSIP_SECTION[ctx.profile.packageType === 'DIP' ? 'DIP' : 'SIP'][id];
  let applicable = false;
  const findings: Finding[] = [];
  // A structMap is mandatory in every METS (CSIP80), so a missing package METS lacks one.
  if (section === 'structMap' && !packageMets(ctx)) {
    applicable = true;
    findings.push(...unreadableMets(ctx, { en: 'its structMap', sv: 'dess structMap' }, true));
  }
  for (const { path, doc } of readableMets(ctx)) {
    const result = CHECKS[section](doc, path);
    if (result === null) continue;
    applicable = true;
    findings.push(...result);
  }
  if (!applicable) {
    return notApplicable(
      `No METS document has any ${section}`,
      `Inget METS-dokument har något ${section}-element`,
    );
  }
  return findings;
}

const AMD_KINDS = ['techMD', 'rightsMD', 'sourceMD', 'digiprovMD'] as const;

const CHECKS: Readonly<Record<CsipSection, SectionCheck>> = {
  dmdSec: (doc, path) => {
    if (doc.dmdSecs.length === 0) return null;
    return doc.dmdSecs.flatMap((sec, i) => {
      const xpath = `/mets/${step('dmdSec', sec, i)}`;
      const out = [
        ...missingId(sec.attrs, 'dmdSec', path, xpath, sec.line),
        ...needsContent(sec, path, xpath),
      ];
      const created = sec.attrs['CREATED'];
      if (created === undefined || !isXsDateTime(created)) {
        out.push(
          finding(
            created === undefined
              ? 'dmdSec has no @CREATED (CSIP19)'
              : `dmdSec/@CREATED "${created}" is not an xs:dateTime (CSIP19)`,
            created === undefined
              ? 'dmdSec saknar @CREATED (CSIP19)'
              : `dmdSec/@CREATED "${created}" är inte ett xs:dateTime (CSIP19)`,
            at(path, `${xpath}/@CREATED`, sec),
          ),
        );
      }
      return out;
    });
  },
  amdSec: (doc, path) => {
    if (doc.amdSecs.length === 0) return null;
    return doc.amdSecs.flatMap((amd, a) =>
      AMD_KINDS.flatMap((kind) =>
        amd[kind].flatMap((sec, i) => {
          const xpath = `/mets/${step('amdSec', amd, a)}/${step(kind, sec, i)}`;
          return [...missingId(sec.attrs, kind, path, xpath, sec.line), ...needsContent(sec, path, xpath)];
        }),
      ),
    );
  },
  fileSec: (doc, path) => {
    if (doc.fileSecs.length === 0) return null;
    const out: Finding[] = [];
    doc.fileSecs.forEach((sec, i) =>
      out.push(...missingId(sec.attrs, 'fileSec', path, `/mets/fileSec[${i + 1}]`, sec.line)),
    );
    for (const { grp, xpath } of fileGrps(doc)) {
      out.push(...missingId(grp.attrs, 'fileGrp', path, xpath, grp.line));
      if (!grp.attrs['USE']?.trim()) {
        out.push(
          finding(
            'fileGrp has no @USE (CSIP64)',
            'fileGrp saknar @USE (CSIP64)',
            at(path, `${xpath}/@USE`, grp),
          ),
        );
      }
    }
    for (const { file, xpath } of fileEntries(doc)) {
      out.push(...missingId(file.attrs, 'file', path, xpath, file.line));
      const hrefs = file.flocats.filter((l) => l.attrs['xlink:href']?.trim());
      if (file.flocats.length !== 1 || hrefs.length !== 1) {
        out.push(
          finding(
            `file ${file.attrs['ID'] ?? '?'} has ${file.flocats.length} FLocat elements (${hrefs.length} with xlink:href); exactly one with an xlink:href is expected (CSIP76, CSIP79)`,
            `file ${file.attrs['ID'] ?? '?'} har ${file.flocats.length} FLocat-element (${hrefs.length} med xlink:href); exakt ett med xlink:href förväntas (CSIP76, CSIP79)`,
            at(path, `${xpath}/FLocat`, file),
          ),
        );
      }
    }
    return out;
  },
  structMap: (doc, path) => {
    const csip = doc.structMaps.filter((m) => m.attrs['TYPE'] === 'PHYSICAL' && m.attrs['LABEL'] === 'CSIP');
    const map = csip[0];
    if (!map) {
      return [
        finding(
          `${path} has no structMap with TYPE "PHYSICAL" and LABEL "CSIP" (CSIP80–82)`,
          `${path} saknar structMap med TYPE "PHYSICAL" och LABEL "CSIP" (CSIP80–82)`,
          at(path, '/mets/structMap', doc.structMaps[0] ?? doc.mets ?? undefined),
        ),
      ];
    }
    const xpath = "/mets/structMap[@LABEL='CSIP']";
    const out = missingId(map.attrs, 'structMap', path, xpath, map.line);
    if (map.divs.length !== 1) {
      out.push(
        finding(
          `The CSIP structMap has ${map.divs.length} top-level div elements; exactly one is expected (CSIP84)`,
          `CSIP-structMap har ${map.divs.length} div-element på översta nivån; exakt ett förväntas (CSIP84)`,
          at(path, `${xpath}/div`, map),
        ),
      );
    }
    const top = map.divs[0];
    if (top) out.push(...missingId(top.attrs, 'div', path, `${xpath}/div`, top.line));
    return out;
  },
};

/** The CSIP requirement that makes @ID mandatory on each element, named in the message. */
const ID_REQUIREMENT: Readonly<Record<string, string>> = {
  dmdSec: ' (CSIP18)',
  digiprovMD: ' (CSIP33)',
  rightsMD: ' (CSIP46)',
  fileSec: ' (CSIP59)',
  fileGrp: ' (CSIP65)',
  file: ' (CSIP67)',
  structMap: ' (CSIP83)',
  div: ' (CSIP85)',
};

function missingId(
  attrs: Readonly<Record<string, string>>,
  element: string,
  path: string,
  xpath: string,
  line: number,
): Finding[] {
  if (attrs['ID']?.trim()) return [];
  const req = ID_REQUIREMENT[element] ?? '';
  return [
    finding(`${element} has no @ID${req}`, `${element} saknar @ID${req}`, {
      file: path,
      xpath: `${xpath}/@ID`,
      line,
    }),
  ];
}

function needsContent(sec: MdSec, path: string, xpath: string): Finding[] {
  if (sec.mdRefs.length + sec.mdWraps.length > 0) return [];
  return [
    finding(
      `${sec.kind} holds neither an mdRef nor an mdWrap, so it carries no metadata`,
      `${sec.kind} innehåller varken mdRef eller mdWrap och bär alltså ingen metadata`,
      { file: path, xpath, line: sec.line },
    ),
  ];
}
