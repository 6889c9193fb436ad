/**
 * FGS1-HDR-8 (MUST): every agent has a ROLE and a non-empty name, OTHERROLE with ROLE="OTHER" and
 * OTHERTYPE with TYPE="OTHER". Not applicable without agents (FGS1-HDR-4 reports the creator).
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { agentName, agentsOf, describeAgent } from './agents.ts';
import { isBlank, loc, onOptionalSip } from './sip-mets.ts';

export const FGS1_HDR_8: Rule = {
  id: 'FGS1-HDR-8',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const agents = agentsOf(m);
      if (agents.length === 0) return notApplicable('The metsHdr has no agents', 'metsHdr saknar agenter');
      return agents.flatMap(({ agent, xpath }) => {
        const who = describeAgent(agent);
        const where = loc(m, xpath, agent);
        const out: Finding[] = [];
        if (isBlank(agent.attrs['ROLE']))
          out.push(finding(`The ${who} has no ROLE`, `${who} saknar ROLE`, where));
        if (agentName(agent) === undefined)
          out.push(finding(`The ${who} has no name`, `${who} saknar namn`, where));
        if (agent.attrs['ROLE'] === 'OTHER' && isBlank(agent.attrs['OTHERROLE'])) {
          out.push(
            finding(
              `The ${who} has ROLE="OTHER" but no OTHERROLE`,
              `${who} har ROLE="OTHER" men saknar OTHERROLE`,
              where,
            ),
          );
        }
        if (agent.attrs['TYPE'] === 'OTHER' && isBlank(agent.attrs['OTHERTYPE'])) {
          out.push(
            finding(
              `The ${who} has TYPE="OTHER" but no OTHERTYPE`,
              `${who} har TYPE="OTHER" men saknar OTHERTYPE`,
              where,
            ),
          );
        }
        return out;
      });
    }),
};
