/**
 * CSIP10 (mets/metsHdr/agent, 1..n): A mandatory agent element records the software used to create
 * the package. Other uses of agents may be described in any local implementations that extend the
 * profile.
 *
 * It is possible according to METS to use more note elements but in this implementation for this
 * agent describing the software used it is one mandatory note for describing the version of the
 * software.
 *
 * Every METS document: metsHdr has at least one agent, and exactly one of them describes the
 * creating software (see softwareAgents). Its attributes, name and note are CSIP11–16's checks.
 */
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { everyMets } from '../shared/mets-documents.ts';
import { headerOf } from './mets-root.ts';
import { softwareAgents } from './software-agent.ts';

export const CSIP10: Rule = {
  id: 'CSIP10',
  check: (ctx) =>
    everyMets(ctx, (parsed, doc) => {
      const hdr = headerOf(parsed, doc);
      if ('message' in hdr) return [hdr];
      const loc = at(parsed, '/mets/metsHdr', hdr.line);
      if (hdr.agents.length === 0) {
        return [
          finding(
            'metsHdr has no agent; an agent must record the software that created the package',
            'metsHdr saknar agent; en agent måste ange programvaran som skapade paketet',
            loc,
          ),
        ];
      }
      const software = softwareAgents(hdr);
      if (software.length === 0) {
        return [
          finding(
            'No agent of metsHdr records the software that created the package (ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE")',
            'Ingen agent i metsHdr anger programvaran som skapade paketet (ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE")',
            loc,
          ),
        ];
      }
      if (software.length > 1) {
        return [
          finding(
            `${software.length} agents of metsHdr describe the creating software; exactly one is expected`,
            `${software.length} agenter i metsHdr beskriver programvaran som skapade paketet; exakt en förväntas`,
            loc,
          ),
        ];
      }
      return [];
    }),
};
