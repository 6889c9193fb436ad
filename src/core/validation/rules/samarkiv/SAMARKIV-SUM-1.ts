/**
 * SAMARKIV-SUM-1 — "CHECKSUMTYPE values that no available library computes (HAVAL, MNP, TIGER, and
 * WHIRLPOOL where OpenSSL lacks it) cannot be verified and are reported."
 *
 * Lists ctx.unsupportedChecksumTypes: one finding per METS document and checksum type, counting
 * the files and metadata references that use it and pointing at the first one. The checksum rules
 * (CSIP29, CSIP71 …) do not fail such checksums; this rule is where they show up.
 */
import { allMdSecs, walkFiles, type MetsElement } from '../../../package/mets-model.ts';
import { finding, type Finding, type Rule } from '../../rule.ts';
import { readableMets } from '../shared/mets-documents.ts';

export const SAMARKIV_SUM_1: Rule = {
  id: 'SAMARKIV-SUM-1',
  check(ctx) {
    const unsupported = ctx.unsupportedChecksumTypes;
    if (unsupported.size === 0) return [];
    const findings: Finding[] = [];
    for (const parsed of readableMets(ctx)) {
      const { doc } = parsed;
      const users = new Map<string, MetsElement[]>();
      const note = (el: MetsElement): void => {
        const type = el.attrs['CHECKSUMTYPE'];
        if (type === undefined || !unsupported.has(type)) return;
        const list = users.get(type);
        if (list) list.push(el);
        else users.set(type, [el]);
      };
      for (const { file } of walkFiles(doc)) note(file);
      for (const sec of allMdSecs(doc)) sec.mdRefs.forEach(note);
      for (const [type, els] of users) {
        findings.push(
          finding(
            els.length === 1
              ? `A checksum in ${parsed.path} uses CHECKSUMTYPE "${type}", which samarkiv cannot compute; it was not verified`
              : `${els.length} checksums in ${parsed.path} use CHECKSUMTYPE "${type}", which samarkiv cannot compute; they were not verified`,
            els.length === 1
              ? `En kontrollsumma i ${parsed.path} använder CHECKSUMTYPE "${type}", som samarkiv inte kan beräkna; den har inte verifierats`
              : `${els.length} kontrollsummor i ${parsed.path} använder CHECKSUMTYPE "${type}", som samarkiv inte kan beräkna; de har inte verifierats`,
            {
              file: parsed.path,
              xpath: `//*[@CHECKSUMTYPE='${type}']`,
              ...(els[0] ? { line: els[0].line } : {}),
            },
          ),
        );
      }
    }
    // The gatherer saw these types in a METS document; keep them visible even if none is found again.
    if (findings.length === 0) {
      for (const type of unsupported) {
        findings.push(
          finding(
            `CHECKSUMTYPE "${type}" is used in the package, and samarkiv cannot compute it; those checksums were not verified`,
            `CHECKSUMTYPE "${type}" används i paketet, och samarkiv kan inte beräkna den; de kontrollsummorna har inte verifierats`,
            { file: ctx.root?.path ?? 'METS.xml' },
          ),
        );
      }
    }
    return findings;
  },
};
