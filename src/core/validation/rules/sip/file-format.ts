/**
 * SIP32–SIP35: the optional sip: file format attributes on fileSec/fileGrp/file.
 *
 * The SIP profile names them FILEFORMATNAME, FILEFORMATVERSION, FILEFORMATREGISTRY and
 * FILEFORMATKEY, while DILCISExtensionSIPMETS.xsd declares FILEFORMATNAME, FILEFORMATVERSION,
 * FORMATREGISTRY and FORMATREGISTRYKEY (and the profile's own example uses the schema's names).
 * Both spellings are accepted; when a file carries both and they differ, that fails.
 *
 * These attributes describe content files, which representation METS documents list, so the rules
 * look at every METS document of the package, not only the package METS.
 */
import type { MetsFile } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { finding, type CheckResult, type Finding } from '../../rule.ts';
import { fileEntries } from '../shared/file-section.ts';
import { at } from '../shared/locations.ts';
import { checkEach } from '../shared/mets-documents.ts';

export type FormatField = 'name' | 'version' | 'registry' | 'key';

/** Attribute names per field: the profile's first, then the extension schema's. */
export const FORMAT_ATTRS: Readonly<Record<FormatField, readonly string[]>> = {
  name: ['sip:FILEFORMATNAME'],
  version: ['sip:FILEFORMATVERSION'],
  registry: ['sip:FILEFORMATREGISTRY', 'sip:FORMATREGISTRY'],
  key: ['sip:FILEFORMATKEY', 'sip:FORMATREGISTRYKEY'],
};

export interface FormatValue {
  readonly attr: string;
  readonly value: string;
}

/** The values a file gives for a field, one per spelling present. */
export function formatValues(file: MetsFile, field: FormatField): FormatValue[] {
  let out: FormatValue[] | null = null;
  for (const attr of FORMAT_ATTRS[field]) {
    const value = file.attrs[attr];
    if (value !== undefined) (out ??= []).push({ attr, value });
  }
  return out ?? [];
}

export interface FormatSite {
  readonly file: MetsFile;
  readonly path: string;
  readonly xpath: string;
  readonly values: readonly FormatValue[];
}

/**
 * Checks one field on every file that carries it: not applicable when no file does. Each present
 * value must be non-blank, two spellings must agree, and `extra` may add field-specific checks.
 */
export function checkFormatField(
  ctx: PackageContext,
  field: FormatField,
  extra: (site: FormatSite) => Finding[] = () => [],
): CheckResult {
  const names = FORMAT_ATTRS[field].map((a) => `@${a}`).join(' / ');
  return checkEach(
    ctx,
    (m) => fileEntries(m.doc),
    (m, { file, xpath }) => {
      const values = formatValues(file, field);
      if (values.length === 0) return null;
      const site = { file, path: m.path, xpath, values };
      return [...basicChecks(site), ...extra(site)];
    },
    { en: `No file carries ${names}`, sv: `Ingen fil har ${names}` },
  );
}

function basicChecks({ file, path, xpath, values }: FormatSite): Finding[] {
  const out: Finding[] = [];
  const id = file.attrs['ID'] ?? '?';
  for (const { attr, value } of values) {
    if (!value.trim()) {
      out.push(
        finding(
          `@${attr} of file ${id} is empty`,
          `@${attr} för filen ${id} är tomt`,
          at(path, `${xpath}/@${attr}`, file),
        ),
      );
    }
  }
  const [a, b] = values;
  if (a && b && a.value.trim() !== b.value.trim()) {
    out.push(
      finding(
        `File ${id} gives @${a.attr} "${a.value}" but @${b.attr} "${b.value}"; the two spellings must agree`,
        `Filen ${id} anger @${a.attr} "${a.value}" men @${b.attr} "${b.value}"; de två stavningarna måste stämma överens`,
        at(path, xpath, file),
      ),
    );
  }
  return out;
}
