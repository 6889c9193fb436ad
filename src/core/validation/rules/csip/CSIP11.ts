/**
 * CSIP11 (mets/metsHdr/agent[@ROLE='CREATOR'], 1..1): The mandatory agent element MUST have a
 * @ROLE attribute with the value “CREATOR”.
 *
 * Every METS document, on the agent that describes the creating software (see softwareAgents); a
 * document without one fails, since the agent is mandatory.
 */
import type { Rule } from '../../rule.ts';
import { checkSoftwareAgentAttribute } from './software-agent.ts';

export const CSIP11: Rule = {
  id: 'CSIP11',
  check: (ctx) => checkSoftwareAgentAttribute(ctx, 'ROLE', 'CREATOR'),
};
