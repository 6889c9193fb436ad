/**
 * CSIP13 (mets/metsHdr/agent[@OTHERTYPE='SOFTWARE'], 1..1): The mandatory agent element MUST have
 * a @OTHERTYPE attribute with the value “SOFTWARE”.
 *
 * Every METS document, on the agent that describes the creating software (see softwareAgents); a
 * document without one fails, since the agent is mandatory.
 */
import type { Rule } from '../../rule.ts';
import { checkSoftwareAgentAttribute } from './software-agent.ts';

export const CSIP13: Rule = {
  id: 'CSIP13',
  check: (ctx) => checkSoftwareAgentAttribute(ctx, 'OTHERTYPE', 'SOFTWARE'),
};
