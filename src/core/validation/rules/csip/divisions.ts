/**
 * The CSIP structural map of a METS document (CSIP80–CSIP112): its main division, the divisions
 * below it with their XPaths, the representation divisions and their METS pointers.
 */
import type { Div, MetsDocument, MetsElement, StructMap } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { finding, type CheckResult, type Finding, type Message } from '../../rule.ts';
import { at, step } from '../shared/locations.ts';
import { fixedValueMessage } from '../shared/messages.ts';
import { checkEach, packageMets, type Mets } from '../shared/mets-documents.ts';

export interface DivEntry {
  readonly div: Div;
  readonly xpath: string;
}

export const CSIP_MAP_XPATH = "/mets/structMap[@LABEL='CSIP']";

/** The structMap labelled CSIP (the first, if several: CSIP82 reports the others). */
export function csipStructMap(doc: MetsDocument): StructMap | null {
  return doc.structMaps.find((m) => m.attrs['LABEL'] === 'CSIP') ?? null;
}

/** No CSIP structural map: what the requirements on its parts say when there is nothing to check. */
export const NO_CSIP_MAP: Message = {
  en: "No METS document has a structural map labelled 'CSIP' (see CSIP82)",
  sv: "Inget METS-dokument har en strukturkarta med etiketten 'CSIP' (se CSIP82)",
};

/** The CSIP structMap of a document as a list of none or one (for checkEach). */
export function csipStructMaps(doc: MetsDocument): StructMap[] {
  const map = csipStructMap(doc);
  return map ? [map] : [];
}

/** The main division of the CSIP structMap (CSIP84). */
export function topDiv(doc: MetsDocument): DivEntry | null {
  const div = csipStructMap(doc)?.divs[0];
  return div ? { div, xpath: `${CSIP_MAP_XPATH}/div` } : null;
}

/** A division below the main one is named by its LABEL when it can be. */
function divStep(div: Div, i: number, count: number): string {
  const label = div.attrs['LABEL'];
  if (label !== undefined && !label.includes("'")) return `div[@LABEL='${label}']`;
  return step('div', div, i, count);
}

/** The sub-divisions of the main division, with their XPaths. */
export function childDivs(doc: MetsDocument): DivEntry[] {
  const top = topDiv(doc);
  if (!top) return [];
  const list = top.div.divs;
  return list.map((div, i) => ({ div, xpath: `${top.xpath}/${divStep(div, i, list.length)}` }));
}

export function divsLabelled(doc: MetsDocument, label: string): DivEntry[] {
  return childDivs(doc).filter((d) => d.div.attrs['LABEL'] === label);
}

/** Divisions for a representation in the package METS: labelled Representations/… or with an mptr. */
export function representationDivs(doc: MetsDocument): DivEntry[] {
  return childDivs(doc).filter(
    (d) => (d.div.attrs['LABEL'] ?? '').startsWith('Representations/') || d.div.mptrs.length > 0,
  );
}

const NO_REPRESENTATION_DIVS: Message = {
  en: 'The package METS has no representation divisions',
  sv: 'Paketets METS har inga indelningar för representationer',
};

/**
 * Package METS only: runs a check on each representation division (CSIP106–109); null = does not
 * apply to that division. Not applicable when the package METS has none or cannot be read.
 */
export function checkRepresentationDivs(
  ctx: PackageContext,
  check: (root: Mets, d: DivEntry) => readonly Finding[] | null,
  na: Message = NO_REPRESENTATION_DIVS,
): CheckResult {
  const root = packageMets(ctx);
  return checkEach(ctx, (m) => representationDivs(m.doc), check, na, root ? [root] : []);
}

/** Every mptr anywhere in the CSIP structMap, with its XPath. */
export function mptrEntries(doc: MetsDocument): { mptr: MetsElement; xpath: string }[] {
  const out: { mptr: MetsElement; xpath: string }[] = [];
  const walk = (divs: readonly Div[], parent: string): void => {
    divs.forEach((div, i) => {
      const top = parent === CSIP_MAP_XPATH;
      const xpath = `${parent}/${top ? step('div', div, i, divs.length) : divStep(div, i, divs.length)}`;
      div.mptrs.forEach((mptr, j) =>
        out.push({ mptr, xpath: `${xpath}/${div.mptrs.length > 1 ? `mptr[${j + 1}]` : 'mptr'}` }),
      );
      walk(div.divs, xpath);
    });
  };
  const map = csipStructMap(doc);
  if (map) walk(map.divs, CSIP_MAP_XPATH);
  return out;
}

const MPTR = { en: 'The METS pointer (mptr)', sv: 'METS-pekaren (mptr)' };

/** CSIP111/112: every mptr of a CSIP structural map carries the attribute with the fixed value. */
export function checkMptrAttribute(
  ctx: PackageContext,
  attr: 'xlink:type' | 'LOCTYPE',
  value: string,
): CheckResult {
  return checkEach(
    ctx,
    (m) => mptrEntries(m.doc),
    (m, { mptr, xpath }) => {
      const found = mptr.attrs[attr];
      if (found === value) return [];
      const message = fixedValueMessage(MPTR, attr, [value], found);
      return [finding(message.en, message.sv, at(m, xpath, mptr))];
    },
    {
      en: 'No CSIP structural map has a METS pointer (mptr)',
      sv: 'Ingen CSIP-strukturkarta har någon METS-pekare (mptr)',
    },
  );
}
