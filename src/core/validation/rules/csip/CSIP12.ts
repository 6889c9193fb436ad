/**
 * CSIP12 (mets/metsHdr/agent[@TYPE='OTHER'], 1..1): The mandatory agent element MUST have a @TYPE
 * attribute with the value “OTHER”.
 *
 * Every METS document, on the agent that describes the creating software (see softwareAgents); a
 * document without one fails, since the agent is mandatory.
 */
import type { Rule } from '../../rule.ts';
import { checkSoftwareAgentAttribute } from './software-agent.ts';

export const CSIP12: Rule = {
  id: 'CSIP12',
  check: (ctx) => checkSoftwareAgentAttribute(ctx, 'TYPE', 'OTHER'),
};
