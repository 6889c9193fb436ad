/**
 * SIP35 — File format registry key, fileSec/fileGrp/file/@sip:FILEFORMATKEY (0..1):
 * "Key of the file format in the registry when use of PREMIS has not been agreed upon in the
 * submission agreement."
 * Accepts the extension schema's @sip:FORMATREGISTRYKEY too. A key is a key "in the registry", so
 * it fails without a registry (SIP34) to look it up in; with registry PRONOM it must be a PRONOM
 * unique identifier such as fmt/101 or x-fmt/111. All METS documents (file-format.ts).
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { checkFormatField, formatValues, type FormatSite } from './file-format.ts';
import { at } from '../shared/locations.ts';
import { sameWord } from './support.ts';

/** PRONOM PUID syntax: a lower-case prefix (fmt, x-fmt, x-sfw …), a slash and a number. */
const PRONOM_PUID = /^(x-)?[a-z]+\/\d+$/;

function keyInRegistry({ file, path, xpath, values }: FormatSite): Finding[] {
  const id = file.attrs['ID'] ?? '?';
  const registry = formatValues(file, 'registry')[0];
  const key = values[0];
  if (!key || !key.value.trim()) return [];
  if (!registry || !registry.value.trim()) {
    return [
      finding(
        `File ${id} gives format key "${key.value}" but no format registry (@sip:FILEFORMATREGISTRY or @sip:FORMATREGISTRY) to look it up in`,
        `Filen ${id} anger formatnyckeln "${key.value}" men inget formatregister (@sip:FILEFORMATREGISTRY eller @sip:FORMATREGISTRY) att slå upp den i`,
        at(path, `${xpath}/@${key.attr}`, file),
      ),
    ];
  }
  if (sameWord(registry.value, 'PRONOM') && !PRONOM_PUID.test(key.value.trim())) {
    return [
      finding(
        `File ${id} gives format key "${key.value}" in PRONOM; a PRONOM identifier looks like "fmt/101" or "x-fmt/111"`,
        `Filen ${id} anger formatnyckeln "${key.value}" i PRONOM; en PRONOM-identifierare ser ut som "fmt/101" eller "x-fmt/111"`,
        at(path, `${xpath}/@${key.attr}`, file),
      ),
    ];
  }
  return [];
}

export const SIP35: Rule = {
  id: 'SIP35',
  check: (ctx) => checkFormatField(ctx, 'key', keyInRegistry),
};
