/**
 * The package METS of a 1.x package (sip.xml, or mets.xml) as the FGS1 rules see it. A requirement
 * that demands something in sip.xml fails when there is no readable sip.xml, as the CSIP rules do
 * for METS.xml; one about an optional part does not apply.
 */
import type { MetsDocument, MetsElement, MetsHdr } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult, type Finding, type Location } from '../../rule.ts';

export interface SipMets {
  /** Path of the package METS: `sip.xml`, `mets.xml` (or `METS.xml` when validated as 1.x anyway). */
  readonly path: string;
  readonly doc: MetsDocument;
  readonly mets: MetsElement;
}

/** The package METS when it parsed and its document element is mets. */
export function sipMets(ctx: PackageContext): SipMets | null {
  const root = ctx.root;
  if (!root?.doc?.mets) return null;
  return { path: root.path, doc: root.doc, mets: root.doc.mets };
}

/** The finding when sip.xml is missing or unreadable, for requirements that need its content. */
function noSipXml(ctx: PackageContext): Finding {
  const root = ctx.root;
  if (!root) {
    return finding(
      'The package has no sip.xml, so this cannot be checked',
      'Paketet saknar sip.xml, så detta kan inte kontrolleras',
      { file: 'sip.xml' },
    );
  }
  return finding(
    `${root.path} could not be read as METS, so this cannot be checked`,
    `${root.path} kunde inte läsas som METS, så detta kan inte kontrolleras`,
    { file: root.path },
  );
}

/** Runs a check on sip.xml for a requirement that demands something in it. */
export function onSip(ctx: PackageContext, check: (m: SipMets) => CheckResult): CheckResult {
  const m = sipMets(ctx);
  return m ? check(m) : [noSipXml(ctx)];
}

/** Runs a check on sip.xml for a requirement on something optional in it. */
export function onOptionalSip(ctx: PackageContext, check: (m: SipMets) => CheckResult): CheckResult {
  const m = sipMets(ctx);
  if (m) return check(m);
  return notApplicable(
    'There is no readable sip.xml to check this in',
    'Det finns ingen läsbar sip.xml att kontrollera detta i',
  );
}

/** The value of an ext: attribute (namespace ExtensionMETS) of an element. */
export function ext(el: MetsElement, name: string): string | undefined {
  return el.attrs[`ext:${name}`];
}

export function isBlank(v: string | undefined): boolean {
  return v === undefined || v.trim() === '';
}

/** Where a finding on an attribute of sip.xml points. */
export function loc(m: SipMets, xpath: string, el?: Pick<MetsElement, 'line'>): Location {
  return el ? { file: m.path, xpath, line: el.line } : { file: m.path, xpath };
}

/** The first metsHdr, or a finding that there is none. */
export function header(m: SipMets): MetsHdr | Finding {
  const hdr = m.doc.metsHdrs[0];
  if (hdr) return hdr;
  return finding('sip.xml has no metsHdr', 'sip.xml saknar metsHdr', loc(m, '/mets/metsHdr', m.mets));
}

export function isFinding(x: MetsHdr | Finding): x is Finding {
  return 'message' in x;
}
