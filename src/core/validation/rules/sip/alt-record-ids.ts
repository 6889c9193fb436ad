/**
 * SIP5–SIP8: the typed metsHdr/altRecordID elements of the package METS. An altRecordID is
 * recognised by its TYPE in any letter case, so that a misspelt type is reported against the
 * requirement it was meant for; the rule then demands the vocabulary's exact spelling, a value,
 * and the cardinality.
 */
import type { PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult, type Finding } from '../../rule.ts';
import type { AltRecordIdType } from '../../vocabularies.ts';
import { at } from '../shared/locations.ts';
import { onOptionalPackageMets } from '../shared/mets-documents.ts';
import { sameWord } from './support.ts';

export function checkAltRecordIds(ctx: PackageContext, type: AltRecordIdType, max: 1 | 'many'): CheckResult {
  return onOptionalPackageMets(ctx, (doc, path) => {
    const all = doc.metsHdrs[0]?.altRecordIds ?? [];
    const mine = all
      .map((el, i) => ({ el, xpath: `/mets/metsHdr/altRecordID[${i + 1}]` }))
      .filter(({ el }) => sameWord(el.attrs['TYPE'], type));
    if (mine.length === 0) {
      return notApplicable(
        `The package METS has no altRecordID with TYPE "${type}"`,
        `Paketets METS saknar altRecordID med TYPE "${type}"`,
      );
    }
    const findings: Finding[] = [];
    for (const { el, xpath } of mine) {
      const written = el.attrs['TYPE'] ?? '';
      if (written !== type) {
        findings.push(
          finding(
            `altRecordID has TYPE "${written}"; the SIP vocabulary spells it "${type}"`,
            `altRecordID har TYPE "${written}"; SIP-vokabulären stavar det "${type}"`,
            at(path, `${xpath}/@TYPE`, el),
          ),
        );
      }
      if (!el.text) {
        findings.push(
          finding(
            `The altRecordID with TYPE "${type}" is empty`,
            `altRecordID med TYPE "${type}" är tom`,
            at(path, xpath, el),
          ),
        );
      }
    }
    if (max === 1 && mine.length > 1) {
      const extra = mine[1];
      findings.push(
        finding(
          `The package METS has ${mine.length} altRecordID elements with TYPE "${type}"; at most one is allowed`,
          `Paketets METS har ${mine.length} altRecordID-element med TYPE "${type}"; högst ett är tillåtet`,
          at(path, extra?.xpath ?? '/mets/metsHdr', extra?.el),
        ),
      );
    }
    return findings;
  });
}
