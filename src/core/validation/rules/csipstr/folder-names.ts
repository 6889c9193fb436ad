/** The folder names a package or representation OBJID may be stored under (CSIPSTR2, CSIPSTR10). */

const isControl = (c: number): boolean => c < 0x20 || (c >= 0x7f && c <= 0x9f);
/** Characters no file system accepts in a name: path separators and control characters. */
const unsafeEverywhere = (c: number): boolean => c === 0x2f || c === 0x5c || isControl(c);
/** Also the characters Windows refuses: : * ? " < > | */
const unsafeOnWindows = (c: number): boolean =>
  unsafeEverywhere(c) || ':*?"<>|'.includes(String.fromCodePoint(c));

function percentEncode(ch: string): string {
  return Array.from(
    new TextEncoder().encode(ch),
    (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
}

function encodeWhere(s: string, unsafe: (c: number) => boolean): string {
  return Array.from(s, (ch) => (unsafe(ch.codePointAt(0) ?? 0) ? percentEncode(ch) : ch)).join('');
}

/**
 * The folder names an OBJID may be stored under (CSIPSTR2, CSIP1: "there are different character
 * mapping techniques"): the OBJID itself; `:` replaced by `+` (the convention of the E-ARK AIP
 * samples, standards.md §2); and characters that cannot be in a file name percent-encoded, either
 * only the path separators and control characters (samarkiv's writer) or also the characters
 * Windows refuses. Compared in Unicode NFC, as entry names are.
 */
export function folderNamesFor(objid: string): Set<string> {
  const id = objid.trim().normalize('NFC');
  return new Set([
    id,
    id.replace(/:/g, '+'),
    encodeWhere(id, unsafeEverywhere),
    encodeWhere(id, unsafeOnWindows),
  ]);
}

export function namesFolder(objid: string, folder: string): boolean {
  return folderNamesFor(objid).has(folder.normalize('NFC'));
}
