/**
 * FGS1-EXT-6 (MAY): every ext: attribute is one samarkiv knows, on the element it belongs to
 * (vocabulary.ts EXT_ATTRIBUTES). Informational: standards.md §7.2 asks a reader to accept unknown
 * ext: attributes and record them in the ingest report, which is what a finding here does.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { EXT_ATTRIBUTE_NAMES, EXT_ATTRIBUTES } from '../../../fgs1/vocabulary.ts';
import { sipElements } from './elements.ts';
import { loc, onOptionalSip } from './sip-mets.ts';

const PLACES: Readonly<Record<string, readonly string[]>> = EXT_ATTRIBUTES;

export const FGS1_EXT_6: Rule = {
  id: 'FGS1-EXT-6',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const findings: Finding[] = [];
      for (const { name, el, xpath } of sipElements(m)) {
        for (const [key, value] of Object.entries(el.attrs)) {
          if (!key.startsWith('ext:')) continue;
          const attr = key.slice('ext:'.length);
          if (PLACES[name]?.includes(attr)) continue;
          const [en, sv] = EXT_ATTRIBUTE_NAMES.has(attr)
            ? [
                `${key}="${value}" is an FGS attribute, but not one of ${name}`,
                `${key}="${value}" är ett FGS-attribut, men inte ett för ${name}`,
              ]
            : [
                `${key}="${value}" on ${name} is not an FGS 1.x attribute samarkiv knows`,
                `${key}="${value}" på ${name} är inget FGS 1.x-attribut som samarkiv känner till`,
              ];
          findings.push(finding(en, sv, loc(m, `${xpath}/@${key}`, el)));
        }
      }
      return findings;
    }),
};
