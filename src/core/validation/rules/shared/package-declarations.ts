/**
 * What the SIP, AIP and DIP profiles each fix in the package METS in the same way: its OBJID
 * (AIPM1, DIP1), its PROFILE URL (SIP2, AIPM2, DIP2) and its OAIS package type (SIP4, AIPM3, DIP3).
 * Package METS only: a missing or unreadable METS.xml fails these requirements.
 */
import type { PackageContext } from '../../package-context.ts';
import { finding, type CheckResult, type Message } from '../../rule.ts';
import type { OaisPackageType } from '../../vocabularies.ts';
import { at } from './locations.ts';
import { onPackageMets } from './mets-documents.ts';
import { shown } from './messages.ts';

/** The package METS has a non-blank mets/@OBJID; the messages say why it matters for the profile. */
export function checkPackageObjid(
  ctx: PackageContext,
  messages: { readonly missing: Message; readonly empty: Message },
): CheckResult {
  return onPackageMets(ctx, (doc, path) => {
    const objid = doc.mets?.attrs['OBJID'];
    if (objid?.trim()) return [];
    const m = objid === undefined ? messages.missing : messages.empty;
    return [finding(m.en, m.sv, at(path, '/mets/@OBJID', doc.mets ?? undefined))];
  });
}

/** mets/@PROFILE of the package METS is exactly `expected`, the URL of `spec` ("E-ARK SIP 2.2"). */
export function checkProfileUrl(ctx: PackageContext, expected: string, spec: string): CheckResult {
  return onPackageMets(ctx, (doc, path) => {
    const value = doc.mets?.attrs['PROFILE'];
    if (value?.trim() === expected) return [];
    return [
      finding(
        `mets/@PROFILE is ${shown(value).en}; ${spec} requires "${expected}"`,
        `mets/@PROFILE är ${shown(value).sv}; ${spec} kräver "${expected}"`,
        at(path, '/mets/@PROFILE', doc.mets ?? undefined),
      ),
    ];
  });
}

const PACKAGE_NAME: Readonly<Record<'SIP' | 'AIP' | 'DIP', Message>> = {
  SIP: { en: 'a SIP', sv: 'ett leveranspaket (SIP)' },
  AIP: { en: 'an AIP', sv: 'ett arkivpaket (AIP)' },
  DIP: { en: 'a DIP', sv: 'ett utlämningspaket (DIP)' },
};

/** metsHdr/@csip:OAISPACKAGETYPE of the package METS is the profile's package type. */
export function checkPackageType(
  ctx: PackageContext,
  type: OaisPackageType & keyof typeof PACKAGE_NAME,
): CheckResult {
  return onPackageMets(ctx, (doc, path) => {
    const hdr = doc.metsHdrs[0];
    const value = hdr?.attrs['csip:OAISPACKAGETYPE'];
    if (value === type) return [];
    const name = PACKAGE_NAME[type];
    return [
      finding(
        `metsHdr/@csip:OAISPACKAGETYPE is ${shown(value).en}; ${name.en} requires "${type}"`,
        `metsHdr/@csip:OAISPACKAGETYPE är ${shown(value).sv}; ${name.sv} kräver "${type}"`,
        at(path, '/mets/metsHdr/@csip:OAISPACKAGETYPE', hdr ?? doc.mets ?? undefined),
      ),
    ];
  });
}
