/**
 * Which files the content rules look at, and how a finding names a file's format and policy entry.
 *
 * - Every file (ENC-1, VIR-1, VIR-2, PDF-1/2): an encrypted or infected file is as bad in metadata/
 *   as in data/.
 * - Named files (NAME-1): every file except the METS documents (CSIP fixes the name METS.xml) and
 *   files in schemas/ (their publishers fix the names, e.g. DILCISExtensionMETS.xsd).
 * - Content files (FMT-1/2/3): every file except the METS documents and what lies in schemas/ or
 *   metadata/ at the root or in a representation. Those are XML that the XSD rules check; the
 *   format policy is about the records (representations/…/data/) and their documentation.
 *
 * "At the root or in a representation" includes the submitted SIP an AIP keeps under submission/,
 * which is a package of its own with its own METS.xml, schemas/ and metadata/.
 */
import type { FormatPolicy, FormatPolicyEntry, PolicyVerdict } from '../../../formats/format-policy.ts';
import type { FileFacts, PackageContext } from '../../package-context.ts';
import type { Message } from '../../rule.ts';

/** Names at the top of a package (CSIPSTR): what follows submission/ when no SIP folder comes first. */
const PACKAGE_TOP = new Set([
  'METS.xml',
  'metadata',
  'schemas',
  'representations',
  'documentation',
  'submission',
]);

/**
 * The path below the innermost package root: `representations/<rep>/` and an AIP's `submission/`
 * (optionally followed by the SIP's own folder) are stripped, repeatedly. A segment walk, not a
 * regular expression, so a hostile path of many `submission/` segments cannot make it backtrack.
 */
function withinPackage(path: string): string {
  const parts = path.split('/');
  let i = 0;
  for (;;) {
    if (parts[i] === 'representations' && i + 2 < parts.length) i += 2;
    else if (parts[i] === 'submission' && i + 1 < parts.length) {
      i += 1;
      if (!PACKAGE_TOP.has(parts[i] ?? '') && i + 1 < parts.length) i += 1;
    } else break;
  }
  return i === 0 ? path : parts.slice(i).join('/');
}

export function isMetsDocument(path: string): boolean {
  return withinPackage(path) === 'METS.xml';
}

function isIn(path: string, folder: 'schemas' | 'metadata'): boolean {
  return withinPackage(path).startsWith(`${folder}/`);
}

/** Every file of the package, in listing order, with its facts when the file was read. */
export function* allFiles(ctx: PackageContext): Generator<{ path: string; facts: FileFacts | undefined }> {
  for (const entry of ctx.entries.values()) {
    if (entry.type === 'file') yield { path: entry.path, facts: ctx.files.get(entry.path) };
  }
}

export function* namedFiles(ctx: PackageContext): Generator<{ path: string; facts: FileFacts | undefined }> {
  for (const f of allFiles(ctx)) if (!isMetsDocument(f.path) && !isIn(f.path, 'schemas')) yield f;
}

export function* contentFiles(
  ctx: PackageContext,
): Generator<{ path: string; facts: FileFacts | undefined }> {
  for (const f of namedFiles(ctx)) if (!isIn(f.path, 'metadata')) yield f;
}

const puidIndex = new WeakMap<FormatPolicy, Map<string, FormatPolicyEntry>>();

/**
 * verdictFor (format-policy.ts) with a PUID index built once per policy: the same answer (the
 * first entry listing the PUID wins), without scanning every entry for every file.
 */
export function policyVerdict(
  policy: FormatPolicy,
  puid: string | null,
): { verdict: PolicyVerdict; entry: FormatPolicyEntry | null } {
  let index = puidIndex.get(policy);
  if (!index) {
    index = new Map();
    for (const entry of policy.entries) for (const p of entry.puids) if (!index.has(p)) index.set(p, entry);
    puidIndex.set(policy, index);
  }
  const entry = puid ? index.get(puid) : undefined;
  return entry ? { verdict: entry.verdict, entry } : { verdict: policy.unlisted, entry: null };
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** "Microsoft Word for Windows 2007 onwards (fmt/412)", or the bare PUID when the name is unknown. */
export function formatLabel(facts: FileFacts | undefined): string {
  const id = facts?.format;
  if (!id?.puid) return 'an unidentified format';
  const name = [id.formatName, id.formatVersion].filter((s) => s).join(' ');
  return name ? `${name} (${id.puid})` : id.puid;
}

export function formatLabelSv(facts: FileFacts | undefined): string {
  return facts?.format?.puid ? formatLabel(facts) : 'ett oidentifierat format';
}

/** `policy "…", entry "PDF (not PDF/A)", RA-FS 2009:2 1 kap. 4 §`: where the verdict comes from. */
export function verdictSource(policy: FormatPolicy, entry: FormatPolicyEntry | null): Message {
  if (!entry) {
    return {
      en: `policy "${policy.name.en}" (${policy.id}), which does not list it`,
      sv: `formatpolicyn "${policy.name.sv}" (${policy.id}), som inte tar upp det`,
    };
  }
  const ref = entry.reference ? `, ${entry.reference}` : '';
  return {
    en: `policy "${policy.name.en}" (${policy.id}), entry "${entry.name}"${ref}`,
    sv: `formatpolicyn "${policy.name.sv}" (${policy.id}), posten "${entry.name}"${ref}`,
  };
}

/** The entry's note after a colon, or nothing. */
export function noteOf(entry: FormatPolicyEntry | null): Message {
  return entry?.note ? { en: `: ${entry.note.en}`, sv: `: ${entry.note.sv}` } : { en: '', sv: '' };
}
