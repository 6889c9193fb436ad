/**
 * Shared helpers of the SIP, AIP, DIP and samarkiv rules: access to the package METS, locations,
 * and the few lexical checks they need. Pure functions of the context.
 */
import type { MetsDocument, MetsElement, MetsFile, FileGrp } from '../../../package/mets-model.ts';
import type { PackageContext, ParsedMets } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult, type Finding, type Location } from '../../rule.ts';

export type PackageMets =
  | { readonly ok: true; readonly doc: MetsDocument; readonly path: string }
  | { readonly ok: false; readonly finding: Finding };

/** The package (root) METS, or a finding saying why there is none to check. */
export function packageMets(ctx: PackageContext): PackageMets {
  const root = ctx.root;
  if (!root) {
    return {
      ok: false,
      finding: finding(
        'The package has no METS.xml in its root folder, so the package METS cannot be checked',
        'Paketet saknar METS.xml i rotmappen, så paketets METS kan inte kontrolleras',
        { file: 'METS.xml' },
      ),
    };
  }
  if (!root.doc) {
    const why = root.parseError?.message ?? 'unknown error';
    const whySv = root.parseError?.sv ?? root.parseError?.message ?? 'okänt fel';
    return {
      ok: false,
      finding: finding(
        `${root.path} could not be read as XML: ${why}`,
        `${root.path} kunde inte läsas som XML: ${whySv}`,
        {
          file: root.path,
        },
      ),
    };
  }
  if (!root.doc.mets) {
    const el = root.doc.rootLocalName;
    return {
      ok: false,
      finding: finding(
        `The document element of ${root.path} is <${el}>, not a METS <mets> element`,
        `Dokumentelementet i ${root.path} är <${el}>, inte ett METS-element <mets>`,
        { file: root.path },
      ),
    };
  }
  return { ok: true, doc: root.doc, path: root.path };
}

/**
 * Runs a check on the package METS for a requirement that demands something in it: a missing or
 * unreadable METS.xml fails the requirement.
 */
export function onPackageMets(
  ctx: PackageContext,
  check: (doc: MetsDocument, path: string) => CheckResult,
): CheckResult {
  const pkg = packageMets(ctx);
  return pkg.ok ? check(pkg.doc, pkg.path) : [pkg.finding];
}

/**
 * Runs a check on the package METS for a requirement on something optional: without a readable
 * METS.xml there is nothing it could apply to (CSIPSTR4 and SAMARKIV-XSD-1 report the absence).
 */
export function onOptionalPackageMets(
  ctx: PackageContext,
  check: (doc: MetsDocument, path: string) => CheckResult,
): CheckResult {
  const pkg = packageMets(ctx);
  if (pkg.ok) return check(pkg.doc, pkg.path);
  return notApplicable(
    'There is no readable package METS to check this in',
    'Det finns inget läsbart METS-dokument för paketet att kontrollera detta i',
  );
}

/** Every parsed document whose document element is METS: the root first, then representations. */
export function metsDocs(ctx: PackageContext): { readonly parsed: ParsedMets; readonly doc: MetsDocument }[] {
  const out: { parsed: ParsedMets; doc: MetsDocument }[] = [];
  for (const parsed of [ctx.root, ...ctx.representations]) {
    if (parsed?.doc?.mets) out.push({ parsed, doc: parsed.doc });
  }
  return out;
}

export function at(file: string, xpath: string, el?: MetsElement): Location {
  return el ? { file, xpath, line: el.line } : { file, xpath };
}

/** A value for a message: quoted, or "none" / "inget" when absent. */
export function shown(value: string | undefined): { en: string; sv: string } {
  return value === undefined ? { en: 'none', sv: 'inget' } : { en: `"${value}"`, sv: `"${value}"` };
}

/** XPath step for an element identified by ID when it has one, by position otherwise. */
export function step(name: string, el: MetsElement, position: number): string {
  const id = el.attrs['ID'];
  return id !== undefined ? `${name}[@ID='${id}']` : `${name}[${position}]`;
}

export function fileXPath(grpPath: readonly FileGrp[], file: MetsFile): string {
  const grps = grpPath.map((g, i) => step('fileGrp', g, i + 1)).join('/');
  return `/mets/fileSec/${grps}/${step('file', file, 1)}`;
}

/** Same letters ignoring case and surrounding space: how agents and types are recognised. */
export function sameWord(value: string | undefined, word: string): boolean {
  return value !== undefined && value.trim().toUpperCase() === word;
}

const DATE_TIME = /^-?\d{4,}-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))?$/;

/** Lexical check of xs:dateTime (XML Schema 1.0), with range checks on each field. */
export function isXsDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const n = (i: number): number => Number(m[i] ?? 0);
  if (n(1) < 1 || n(1) > 12 || n(2) < 1 || n(2) > 31 || n(4) > 59 || n(5) > 59) return false;
  // 24:00:00 is the only hour-24 time XML Schema 1.0 allows.
  if (n(3) > 24 || (n(3) === 24 && (n(4) !== 0 || n(5) !== 0 || /[1-9]/.test(m[6] ?? '')))) return false;
  return m[8] === undefined || (n(8) <= 14 && n(9) <= 59);
}
