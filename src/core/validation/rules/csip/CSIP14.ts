/**
 * CSIP14 (mets/metsHdr/agent/name, 1..1): The mandatory agent's name element records the name of
 * the software tool used to create the IP.
 *
 * Every METS document: the software agent has exactly one name, and it is not empty.
 */
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { everySoftwareAgent } from './software-agent.ts';

export const CSIP14: Rule = {
  id: 'CSIP14',
  check: (ctx) =>
    everySoftwareAgent(ctx, (parsed, { agent, xpath }) => {
      const loc = at(parsed, `${xpath}/name`, agent.names[0]?.line ?? agent.line);
      if (agent.names.length === 0) {
        return [
          finding(
            'The software agent has no name; it must name the software that created the package',
            'Programvaruagenten saknar name; elementet måste ange programvaran som skapade paketet',
            loc,
          ),
        ];
      }
      if (agent.names.length > 1) {
        return [
          finding(
            `The software agent has ${agent.names.length} name elements; exactly one is expected`,
            `Programvaruagenten har ${agent.names.length} name-element; exakt ett förväntas`,
            loc,
          ),
        ];
      }
      if (agent.names[0]?.text === '') {
        return [
          finding(
            "The software agent's name is empty; it must name the software that created the package",
            'Programvaruagentens name är tomt; det måste ange programvaran som skapade paketet',
            loc,
          ),
        ];
      }
      return [];
    }),
};
