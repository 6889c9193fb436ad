/**
 * The METS documents a rule looks at, and what it reports when one cannot be read. A METS document
 * that is missing (no METS.xml), does not parse, or whose document element is not `mets` counts as
 * a document without any content: a requirement that demands something in it fails, and one about
 * an optional part of it does not apply.
 */
import type { MetsDocument } from '../../../package/mets-model.ts';
import { metsDocuments, type PackageContext, type ParsedMets } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult, type Finding, type Message } from '../../rule.ts';

/** A METS document that parsed and whose document element is `mets`. */
export interface Mets extends ParsedMets {
  readonly doc: MetsDocument;
}

function isMets(p: ParsedMets | null): p is Mets {
  return p?.doc?.mets != null;
}

/** Every readable METS document: the package METS first, then the representations'. */
export function readableMets(ctx: PackageContext): Mets[] {
  return metsDocuments(ctx).filter(isMets);
}

/** The package (root) METS when it is readable. */
export function packageMets(ctx: PackageContext): Mets | null {
  return isMets(ctx.root) ? ctx.root : null;
}

/** What a requirement wants from a METS document, when the rule does not name it. */
const WHAT_IT_ASKS: Message = { en: 'what this requirement asks for', sv: 'det som kravet efterfrågar' };

/** Why one document cannot be read (null when it can); `p` null stands for a missing METS.xml. */
function unreadable(p: ParsedMets | null, need: Message): Finding | null {
  if (!p) {
    return finding(
      `The package has no METS.xml, so ${need.en} is missing`,
      `Paketet saknar METS.xml, så ${need.sv} saknas`,
      { file: 'METS.xml' },
    );
  }
  if (p.parseError) {
    return finding(
      `${p.path} could not be read (${p.parseError.message}), so ${need.en} is missing`,
      `${p.path} kunde inte läsas (${p.parseError.sv ?? p.parseError.message}), så ${need.sv} saknas`,
      { file: p.path },
    );
  }
  if (p.doc && !p.doc.mets) {
    const root = `{${p.doc.rootNamespace}}${p.doc.rootLocalName}`;
    return finding(
      `${p.path} is not a METS document (its document element is ${root}), so ${need.en} is missing`,
      `${p.path} är inget METS-dokument (dokumentelementet är ${root}), så ${need.sv} saknas`,
      { file: p.path, xpath: '/*', line: 1 },
    );
  }
  return null;
}

/**
 * Findings for the METS documents that cannot be read (the package METS only, with `rootOnly`);
 * `need` names what the requirement wanted from them.
 */
export function unreadableMets(
  ctx: PackageContext,
  need: Message = WHAT_IT_ASKS,
  rootOnly = false,
): Finding[] {
  const docs = rootOnly ? [ctx.root] : [ctx.root, ...ctx.representations];
  return docs.flatMap((p) => unreadable(p, need) ?? []);
}

/**
 * Runs a check over every readable METS document, after reporting each one that cannot be read:
 * for requirements that demand something (`need`) in every METS document.
 */
export function everyMets(
  ctx: PackageContext,
  check: (m: Mets, doc: MetsDocument) => Finding[],
  need: Message = WHAT_IT_ASKS,
): Finding[] {
  return [...unreadableMets(ctx, need), ...readableMets(ctx).flatMap((m) => check(m, m.doc))];
}

/** Findings if any, else passed when the requirement applied somewhere, else not applicable. */
export function outcome(findings: readonly Finding[], applicable: boolean, na: Message): CheckResult {
  if (findings.length > 0) return findings;
  return applicable ? [] : notApplicable(na.en, na.sv);
}

/**
 * Runs a check on the items (file groups, files, divisions …) of every readable METS document, or
 * of the documents given. The check returns null for an item the requirement does not apply to;
 * the result is not applicable (`na`) when it applied to no item at all.
 */
export function checkEach<T>(
  ctx: PackageContext,
  items: (m: Mets) => readonly T[],
  check: (m: Mets, item: T) => readonly Finding[] | null,
  na: Message,
  docs: readonly Mets[] = readableMets(ctx),
): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of docs) {
    for (const item of items(m)) {
      const found = check(m, item);
      if (found === null) continue;
      applicable = true;
      findings.push(...found);
    }
  }
  return outcome(findings, applicable, na);
}

/**
 * Runs a check on the package METS for a requirement that demands something in it: a missing or
 * unreadable METS.xml fails the requirement.
 */
export function onPackageMets(
  ctx: PackageContext,
  check: (doc: MetsDocument, path: string) => CheckResult,
): CheckResult {
  const m = packageMets(ctx);
  return m ? check(m.doc, m.path) : unreadableMets(ctx, WHAT_IT_ASKS, true);
}

/**
 * Runs a check on the package METS for a requirement on something optional: without a readable
 * METS.xml there is nothing it could apply to (CSIPSTR4 and SAMARKIV-XSD-1 report the absence).
 */
export function onOptionalPackageMets(
  ctx: PackageContext,
  check: (doc: MetsDocument, path: string) => CheckResult,
): CheckResult {
  const m = packageMets(ctx);
  if (m) return check(m.doc, m.path);
  return notApplicable(
    'There is no readable package METS to check this in',
    'Det finns inget läsbart METS-dokument för paketet att kontrollera detta i',
  );
}
