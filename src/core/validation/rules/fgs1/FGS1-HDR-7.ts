/**
 * FGS1-HDR-7 (SHOULD): every software agent (OTHERTYPE SOFTWARE, any role) has a note with its
 * version (kontrollpunkt K15). Not applicable without software agents (FGS1-HDR-6 reports that).
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { agentsOf, describeAgent, isSoftware } from './agents.ts';
import { loc, onOptionalSip } from './sip-mets.ts';

export const FGS1_HDR_7: Rule = {
  id: 'FGS1-HDR-7',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const software = agentsOf(m).filter((a) => isSoftware(a.agent));
      if (software.length === 0) {
        return notApplicable('The package names no software agent', 'Paketet anger ingen programvaruagent');
      }
      return software.flatMap(({ agent, xpath }) => {
        if (agent.notes.some((n) => n.text.trim() !== '')) return [];
        const who = describeAgent(agent);
        return [
          finding(
            `The ${who} has no note with its version`,
            `${who} saknar en anteckning med sin version`,
            loc(m, `${xpath}/note`, agent),
          ),
        ];
      });
    }),
};
