/**
 * Running checks over the file section of every METS document (CSIP58–CSIP79): per file group,
 * per file, and for the ADMID/DMDID references a file makes.
 */
import type { MetsDocument, MetsElement } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { finding, type CheckResult, type Finding, type Location, type Message } from '../../rule.ts';
import { fileEntries, fileGrps, type FileEntry, type GrpEntry } from '../shared/file-section.ts';
import { idrefs } from '../shared/ids.ts';
import { at } from '../shared/locations.ts';
import { fixedValueMessage } from '../shared/messages.ts';
import { checkEach, type Mets } from '../shared/mets-documents.ts';
import { hrefTarget } from '../shared/package-paths.ts';

/** How findings name a file: where its FLocat points, else its ID. */
export function fileName(m: Mets, e: FileEntry): string {
  const loc = e.file.flocats[0];
  const target = loc ? hrefTarget(m, loc) : null;
  return `'${target ?? loc?.attrs['xlink:href'] ?? e.file.attrs['ID'] ?? '?'}'`;
}

/** Where a missing file group belongs: the fileSec, or the mets element when there is none. */
export function fileSecLocation(mets: Mets): Location {
  const sec = mets.doc.fileSecs[0];
  return sec ? at(mets, '/mets/fileSec', sec) : at(mets, '/mets', mets.doc.mets ?? undefined);
}

const NO_FILE_GROUPS: Message = {
  en: 'No METS document has a file group',
  sv: 'Inget METS-dokument har någon filgrupp',
};

/** Runs a check on every file group of every METS document; null = does not apply to that group. */
export function checkFileGrps(
  ctx: PackageContext,
  check: (m: Mets, e: GrpEntry) => readonly Finding[] | null,
  na: Message = NO_FILE_GROUPS,
): CheckResult {
  return checkEach(ctx, (m) => fileGrps(m.doc), check, na);
}

const NO_FILES: Message = {
  en: 'No METS document lists any file',
  sv: 'Inget METS-dokument förtecknar någon fil',
};

/** Runs a check on every file of every METS document; null = does not apply to that file. */
export function checkFiles(
  ctx: PackageContext,
  check: (m: Mets, e: FileEntry) => readonly Finding[] | null,
  na: Message = NO_FILES,
): CheckResult {
  return checkEach(ctx, (m) => fileEntries(m.doc), check, na);
}

/** Runs a check on every FLocat of every file (CSIP77–79), with the FLocat's XPath. */
export function checkFLocats(
  ctx: PackageContext,
  check: (m: Mets, e: FileEntry, loc: MetsElement, xpath: string) => readonly Finding[],
): CheckResult {
  return checkFiles(ctx, (m, e) =>
    e.file.flocats.flatMap((loc, i, all) =>
      check(m, e, loc, `${e.xpath}/FLocat${all.length > 1 ? `[${i + 1}]` : ''}`),
    ),
  );
}

/** CSIP77/78: every FLocat carries the attribute with the value the profile fixes. */
export function checkFLocatAttribute(
  ctx: PackageContext,
  attr: 'LOCTYPE' | 'xlink:type',
  value: string,
): CheckResult {
  return checkFLocats(ctx, (m, e, loc, xpath) => {
    const found = loc.attrs[attr];
    if (found === value) return [];
    const subject = {
      en: `The FLocat of the file ${fileName(m, e)}`,
      sv: `FLocat för filen ${fileName(m, e)}`,
    };
    const message = fixedValueMessage(subject, attr, [value], found);
    return [finding(message.en, message.sv, at(m, xpath, loc))];
  });
}

/** CSIP74/75: a file's ADMID/DMDID lists IDs of the right kind of metadata section. */
export function checkFileRefs(
  ctx: PackageContext,
  attr: 'ADMID' | 'DMDID',
  targetIds: (doc: MetsDocument) => Set<string>,
  kind: Message,
): CheckResult {
  const ids = new WeakMap<MetsDocument, Set<string>>();
  const idsOf = (doc: MetsDocument): Set<string> => {
    let set = ids.get(doc);
    if (!set) ids.set(doc, (set = targetIds(doc)));
    return set;
  };
  return checkFiles(
    ctx,
    (m, e) => {
      const value = e.file.attrs[attr];
      if (value === undefined) return null;
      const refs = idrefs(value);
      const loc = at(m, e.xpath, e.file);
      const out: Finding[] = [];
      if (refs.length === 0) {
        out.push(
          finding(
            `The file ${fileName(m, e)} has an empty ${attr}`,
            `Filen ${fileName(m, e)} har ett tomt ${attr}`,
            loc,
          ),
        );
      }
      for (const id of refs.filter((r) => !idsOf(m.doc).has(r))) {
        out.push(
          finding(
            `The ${attr} of the file ${fileName(m, e)} refers to '${id}', which is not ${kind.en} in ${m.path}`,
            `${attr} för filen ${fileName(m, e)} hänvisar till '${id}', som inte är ${kind.sv} i ${m.path}`,
            loc,
          ),
        );
      }
      return out;
    },
    { en: `No file has ${attr}`, sv: `Ingen fil har ${attr}` },
  );
}
