/**
 * The attributes every profiled metadata section has, written once for the three kinds: ID
 * (CSIP18/33/46), STATUS (CSIP20/34/47) and the mdRef that points to the metadata (CSIP21/35/48).
 */
import type { PackageContext } from '../../package-context.ts';
import { finding, type CheckResult } from '../../rule.ts';
import { inVocabulary, STATUS_VALUES } from '../../vocabularies.ts';
import { idFindings } from '../shared/ids.ts';
import { at } from '../shared/locations.ts';
import { quote } from '../shared/messages.ts';
import { everySection, sectionName, type MdKind } from '../shared/metadata-sections.ts';

/** ID of a metadata section: present, an xs:ID, unique (see shared/ids.ts for the 2.1 scope). */
export function checkSectionId(ctx: PackageContext, kind: MdKind): CheckResult {
  return everySection(ctx, kind, (s) =>
    idFindings(ctx, s.mets, s.sec, s.xpath, { en: `${kind} section`, sv: `sektionen ${kind}` }),
  );
}

/** STATUS of a metadata section: present (SHOULD) and CURRENT or SUPERSEDED. */
export function checkSectionStatus(ctx: PackageContext, kind: MdKind): CheckResult {
  return everySection(ctx, kind, (s) => {
    const name = sectionName(s);
    const loc = at(s.mets, s.xpath, s.sec);
    const status = s.sec.attrs['STATUS'];
    if (status === undefined) {
      return [
        finding(
          `${name.en} has no STATUS attribute; expected CURRENT or SUPERSEDED`,
          `${name.sv} saknar attributet STATUS; förväntat värde är CURRENT eller SUPERSEDED`,
          loc,
        ),
      ];
    }
    if (inVocabulary(STATUS_VALUES, status)) return [];
    return [
      finding(
        `${name.en} has STATUS ${quote(status)}; expected CURRENT or SUPERSEDED (exact spelling)`,
        `${name.sv} har STATUS ${quote(status)}; förväntat värde är CURRENT eller SUPERSEDED (exakt stavning)`,
        loc,
      ),
    ];
  });
}

/** mdRef of a metadata section (SHOULD, 0..1): the metadata is a referenced file. */
export function checkSectionMdRef(ctx: PackageContext, kind: MdKind): CheckResult {
  return everySection(ctx, kind, (s) => {
    const name = sectionName(s);
    const loc = at(s.mets, s.xpath, s.sec);
    const refs = s.sec.mdRefs.length;
    if (refs === 1) return [];
    if (refs > 1) {
      return [
        finding(
          `${name.en} has ${refs} mdRef elements; at most one is expected (one section per metadata file)`,
          `${name.sv} har ${refs} mdRef-element; högst ett förväntas (en sektion per metadatafil)`,
          loc,
        ),
      ];
    }
    const wrapped = s.sec.mdWraps.length > 0;
    return [
      finding(
        `${name.en} has no mdRef${wrapped ? ' (the metadata is embedded with mdWrap)' : ''}; the metadata should be a file in the metadata folder, referenced with mdRef`,
        `${name.sv} saknar mdRef${wrapped ? ' (metadata är inbäddade med mdWrap)' : ''}; metadata bör ligga som en fil i mappen metadata och refereras med mdRef`,
        loc,
      ),
    ];
  });
}
