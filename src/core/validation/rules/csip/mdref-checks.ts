/**
 * The mdRef attribute family, written once for the three section kinds: CSIP22–30 (dmdSec),
 * CSIP36–44 (digiprovMD) and CSIP49–57 (rightsMD) each check one attribute of every mdRef.
 */
import type { MetsElement } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult, type Finding, type Message } from '../../rule.ts';
import { inVocabulary, MDTYPES } from '../../vocabularies.ts';
import { checksumTypeProblem, digestMismatch, sizeMismatch } from '../shared/file-facts.ts';
import { at } from '../shared/locations.ts';
import { fixedValueMessage, quote } from '../shared/messages.ts';
import { sectionName, sectionsOf, type MdKind } from '../shared/metadata-sections.ts';
import type { Mets } from '../shared/mets-documents.ts';
import { hrefFile, hrefProblem } from '../shared/package-paths.ts';
import { isMediaType, isXsDateTime, parseSize } from '../shared/xsd-datatypes.ts';

export type MdRefAttribute =
  | 'LOCTYPE'
  | 'xlink:type'
  | 'xlink:href'
  | 'MDTYPE'
  | 'MIMETYPE'
  | 'SIZE'
  | 'CREATED'
  | 'CHECKSUM'
  | 'CHECKSUMTYPE';

/** Why the attribute's value does not meet its requirement, or null when it does. */
type RefCheck = (value: string, ref: MetsElement, ctx: PackageContext, mets: Mets) => Message | null;

const MDREF: Message = { en: 'mdRef', sv: 'mdRef' };

const REF_CHECKS: Readonly<Record<MdRefAttribute, RefCheck>> = {
  LOCTYPE: (v) => (v === 'URL' ? null : fixedValueMessage(MDREF, 'LOCTYPE', ['URL'], v)),
  'xlink:type': (v) => (v === 'simple' ? null : fixedValueMessage(MDREF, 'xlink:type', ['simple'], v)),
  'xlink:href': (_v, ref, ctx, mets) => hrefProblem(ctx, mets, ref),
  MDTYPE: (v, ref) => {
    if (!inVocabulary(MDTYPES, v)) {
      return {
        en: `MDTYPE ${quote(v)} is not a METS metadata type (e.g. EAD, DC, PREMIS, OTHER; exact spelling)`,
        sv: `MDTYPE ${quote(v)} är inte en METS-metadatatyp (t.ex. EAD, DC, PREMIS, OTHER; exakt stavning)`,
      };
    }
    if (v === 'OTHER' && !(ref.attrs['OTHERMDTYPE'] ?? '').trim()) {
      return {
        en: 'MDTYPE is OTHER but OTHERMDTYPE, which names the metadata type, is missing',
        sv: 'MDTYPE är OTHER men OTHERMDTYPE, som anger metadatatypen, saknas',
      };
    }
    return null;
  },
  MIMETYPE: (v) =>
    isMediaType(v)
      ? null
      : {
          en: `MIMETYPE ${quote(v)} is not a media type of the form type/subtype (e.g. text/xml)`,
          sv: `MIMETYPE ${quote(v)} är inte en medietyp på formen typ/undertyp (t.ex. text/xml)`,
        },
  SIZE: (v, ref, ctx, mets) => {
    const size = parseSize(v);
    if (size === null) {
      return {
        en: `SIZE ${quote(v)} is not a size in bytes (a non-negative whole number)`,
        sv: `SIZE ${quote(v)} är inte en storlek i byte (ett icke-negativt heltal)`,
      };
    }
    const path = hrefFile(ctx, mets, ref);
    const actual = path === null ? undefined : sizeMismatch(ctx, path, size);
    if (actual === undefined) return null;
    return {
      en: `SIZE is ${size} bytes but '${path}' has ${actual} bytes`,
      sv: `SIZE anger ${size} byte men '${path}' är ${actual} byte`,
    };
  },
  CREATED: (v) =>
    isXsDateTime(v)
      ? null
      : {
          en: `CREATED ${quote(v)} is not a date and time (xs:dateTime, e.g. 2026-11-20T10:00:00+01:00)`,
          sv: `CREATED ${quote(v)} är inte en tidpunkt (xs:dateTime, t.ex. 2026-11-20T10:00:00+01:00)`,
        },
  CHECKSUM: (v, ref, ctx, mets) => {
    if (!/^[0-9A-Fa-f]+$/.test(v)) {
      return {
        en: `CHECKSUM ${quote(v)} is not a hexadecimal digest`,
        sv: `CHECKSUM ${quote(v)} är inte en hexadecimal kontrollsumma`,
      };
    }
    const type = ref.attrs['CHECKSUMTYPE'] ?? '';
    const path = hrefFile(ctx, mets, ref);
    const digest = path === null ? undefined : digestMismatch(ctx, path, type, v);
    if (digest === undefined) return null;
    return {
      en: `CHECKSUM does not match '${path}': the METS says ${v}, the file's ${type} is ${digest}`,
      sv: `CHECKSUM stämmer inte med '${path}': METS anger ${v}, filens ${type} är ${digest}`,
    };
  },
  CHECKSUMTYPE: (v) => checksumTypeProblem(v),
};

/**
 * Checks one attribute on every mdRef of every section of a kind. Not applicable when the package
 * has no mdRef in such a section: every attribute requirement is conditional on the mdRef.
 */
export function checkMdRefAttribute(ctx: PackageContext, kind: MdKind, attr: MdRefAttribute): CheckResult {
  const refs = sectionsOf(ctx, kind).flatMap((s) =>
    s.sec.mdRefs.map((ref, i) => ({
      s,
      ref,
      xpath: `${s.xpath}/mdRef${s.sec.mdRefs.length > 1 ? `[${i + 1}]` : ''}`,
    })),
  );
  if (refs.length === 0) {
    return notApplicable(
      `The package has no ${kind} with mdRef, so this requirement on mdRef does not apply`,
      `Paketet har ingen ${kind} med mdRef, så kravet på mdRef är inte tillämpligt`,
    );
  }
  const out: Finding[] = [];
  for (const { s, ref, xpath } of refs) {
    const name = sectionName(s);
    const loc = at(s.mets, xpath, ref);
    const value = ref.attrs[attr];
    const problem =
      value === undefined
        ? { en: `mdRef has no ${attr} attribute`, sv: `mdRef saknar attributet ${attr}` }
        : REF_CHECKS[attr](value, ref, ctx, s.mets);
    if (problem) out.push(finding(`${name.en}: ${problem.en}`, `${name.sv}: ${problem.sv}`, loc));
  }
  return out;
}
