/**
 * FGS1-EXT-1 (MUST): the FGS attributes are in the namespace `ExtensionMETS`. The parser keys that
 * namespace `ext:` and any other unknown one `{uri}NAME`, so a known FGS attribute name under
 * `{uri}` was declared in a wrong namespace (a URL instead of the literal string, a typo), and a
 * known name without a namespace had no prefix at all. Either way no FGS reader sees it.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { EXT_ATTRIBUTE_NAMES, EXT_NAMESPACE } from '../../../fgs1/vocabulary.ts';
import { sipElements } from './elements.ts';
import { loc, onOptionalSip } from './sip-mets.ts';

const IN_NAMESPACE = /^\{([^}]*)\}(.+)$/;

export const FGS1_EXT_1: Rule = {
  id: 'FGS1-EXT-1',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const findings: Finding[] = [];
      for (const { name, el, xpath } of sipElements(m)) {
        for (const key of Object.keys(el.attrs)) {
          const ns = IN_NAMESPACE.exec(key);
          if (ns && EXT_ATTRIBUTE_NAMES.has(ns[2] as string)) {
            findings.push(
              finding(
                `The attribute ${ns[2]} on ${name} is in the namespace '${ns[1]}', not '${EXT_NAMESPACE}'`,
                `Attributet ${ns[2]} på ${name} ligger i namnrymden '${ns[1]}', inte '${EXT_NAMESPACE}'`,
                loc(m, `${xpath}/@${ns[2]}`, el),
              ),
            );
          } else if (!ns && EXT_ATTRIBUTE_NAMES.has(key)) {
            findings.push(
              finding(
                `The attribute ${key} on ${name} has no namespace; FGS writes it ext:${key} in '${EXT_NAMESPACE}'`,
                `Attributet ${key} på ${name} saknar namnrymd; FGS skriver det ext:${key} i '${EXT_NAMESPACE}'`,
                loc(m, `${xpath}/@${key}`, el),
              ),
            );
          }
        }
      }
      return findings;
    }),
};
