/**
 * CSIP15 (mets/metsHdr/agent/note, 1..1): The mandatory agent's mandatory note element records the
 * version of the tool used to create the IP.
 *
 * Every METS document: the software agent has exactly one note (CSIP 2.2 CSIP10: "it is one
 * mandatory note"; 2.1 gives the same 1..1), and it is not empty. Its NOTETYPE is CSIP16's check.
 */
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { everySoftwareAgent } from './software-agent.ts';

export const CSIP15: Rule = {
  id: 'CSIP15',
  check: (ctx) =>
    everySoftwareAgent(ctx, (parsed, { agent, xpath }) => {
      const loc = at(parsed, `${xpath}/note`, agent.notes[0]?.line ?? agent.line);
      if (agent.notes.length === 0) {
        return [
          finding(
            'The software agent has no note; it must record the version of the software',
            'Programvaruagenten saknar note; elementet måste ange programvarans version',
            loc,
          ),
        ];
      }
      if (agent.notes.length > 1) {
        return [
          finding(
            `The software agent has ${agent.notes.length} note elements; exactly one, with the software version, is expected`,
            `Programvaruagenten har ${agent.notes.length} note-element; exakt ett, med programvarans version, förväntas`,
            loc,
          ),
        ];
      }
      if (agent.notes[0]?.text === '') {
        return [
          finding(
            "The software agent's note is empty; it must record the version of the software",
            'Programvaruagentens note är tomt; det måste ange programvarans version',
            loc,
          ),
        ];
      }
      return [];
    }),
};
