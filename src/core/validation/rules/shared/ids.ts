/**
 * The ID of a METS element (CSIP18, 33, 46, 59, 65, 67, 83, 85, 89, 94, 98, 102, 106): present, an
 * xs:ID (NCName), and unique. CSIP 2.2 says unique "within the XML document"; CSIP 2.1 said
 * "within the package", so for 2.1 profiles the ID must not occur in another METS document either.
 */
import type { MetsDocument, MetsElement } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { finding, type Finding, type Message } from '../../rule.ts';
import { at } from './locations.ts';
import { readableMets } from './mets-documents.ts';
import { capitalizeFirst } from './package-paths.ts';
import { isNCName } from './xsd-datatypes.ts';

const packageIdCache = new WeakMap<PackageContext, Map<string, string[]>>();

/** ID → the METS documents using it, over the whole package (for the CSIP 2.1 package scope). */
function packageIds(ctx: PackageContext): Map<string, string[]> {
  let map = packageIdCache.get(ctx);
  if (!map) {
    map = new Map();
    for (const m of readableMets(ctx)) {
      for (const id of m.doc.ids.keys()) {
        const list = map.get(id);
        if (list) list.push(m.path);
        else map.set(id, [m.path]);
      }
    }
    packageIdCache.set(ctx, map);
  }
  return map;
}

/**
 * The findings on the ID of `el`; `what` names the element ("file section (fileSec)"), or is a
 * function that does, called only when there is a finding (rules that run once per file).
 */
export function idFindings(
  ctx: PackageContext,
  mets: { readonly path: string; readonly doc: MetsDocument },
  el: MetsElement,
  xpath: string,
  what: Message | (() => Message),
): Finding[] {
  const id = el.attrs['ID'];
  if (id !== undefined && isNCName(id) && (mets.doc.ids.get(id)?.length ?? 0) <= 1) {
    if (ctx.profile.csipVersion !== '2.1') return [];
  }
  const loc = at(mets, xpath, el);
  const named = typeof what === 'function' ? what() : what;
  const subject = { en: `The ${named.en}`, sv: capitalizeFirst(named.sv) };
  if (id === undefined || id.trim() === '') {
    return [finding(`${subject.en} has no ID`, `${subject.sv} saknar ID`, loc)];
  }
  if (!isNCName(id)) {
    return [
      finding(
        `${subject.en} has ID '${id}', which is not a valid XML ID (it must start with a letter or '_' and contain no spaces or colons)`,
        `${subject.sv} har ID '${id}', som inte är ett giltigt XML-ID (det ska börja med en bokstav eller '_' och inte innehålla mellanslag eller kolon)`,
        loc,
      ),
    ];
  }
  const inDoc = mets.doc.ids.get(id)?.length ?? 0;
  if (inDoc > 1) {
    return [
      finding(
        `${subject.en} has ID '${id}', which is used ${inDoc} times in ${mets.path}; an ID must be unique within the METS document`,
        `${subject.sv} har ID '${id}', som används ${inDoc} gånger i ${mets.path}; ett ID måste vara unikt i METS-dokumentet`,
        loc,
      ),
    ];
  }
  if (ctx.profile.csipVersion !== '2.1') return [];
  const others = (packageIds(ctx).get(id) ?? []).filter((p) => p !== mets.path);
  if (others.length === 0) return [];
  return [
    finding(
      `${subject.en} has ID '${id}', which is also used in ${others.join(', ')}; CSIP 2.1 requires IDs to be unique within the package`,
      `${subject.sv} har ID '${id}', som även används i ${others.join(', ')}; CSIP 2.1 kräver att ID:n är unika i hela paketet`,
      loc,
    ),
  ];
}

/** The IDs of an IDREFS attribute (ADMID, DMDID, FILEID), in order. */
export function idrefs(value: string | undefined): string[] {
  return value ? value.split(/\s+/).filter(Boolean) : [];
}
