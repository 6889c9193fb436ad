/**
 * CSIP16 (mets/metsHdr/agent/note[@csip:NOTETYPE='SOFTWARE VERSION'], 1..1): The mandatory agent
 * element's note child has a @csip:NOTETYPE attribute with a fixed value of "SOFTWARE VERSION".
 *
 * Every METS document: exactly one note of the software agent has csip:NOTETYPE="SOFTWARE VERSION"
 * (exact spelling); an agent without note fails here too, since that note is mandatory.
 */
import { finding, type Rule } from '../../rule.ts';
import type { NoteType } from '../../vocabularies.ts';
import { at } from '../shared/locations.ts';
import { quote } from '../shared/messages.ts';
import { everySoftwareAgent } from './software-agent.ts';

const SOFTWARE_VERSION: NoteType = 'SOFTWARE VERSION';

export const CSIP16: Rule = {
  id: 'CSIP16',
  check: (ctx) =>
    everySoftwareAgent(ctx, (parsed, { agent, xpath }) => {
      const typed = agent.notes.filter((n) => n.attrs['csip:NOTETYPE'] === SOFTWARE_VERSION);
      if (typed.length === 1) return [];
      const loc = at(parsed, `${xpath}/note`, agent.notes[0]?.line ?? agent.line);
      if (typed.length > 1) {
        return [
          finding(
            `The software agent has ${typed.length} notes with csip:NOTETYPE="SOFTWARE VERSION"; exactly one is expected`,
            `Programvaruagenten har ${typed.length} note med csip:NOTETYPE="SOFTWARE VERSION"; exakt en förväntas`,
            loc,
          ),
        ];
      }
      const found = agent.notes.map((n) => n.attrs['csip:NOTETYPE']);
      const what =
        found.length === 0
          ? { en: 'it has no note', sv: 'den saknar note' }
          : {
              en: `its note has ${found.map((t) => (t === undefined ? 'no csip:NOTETYPE' : `csip:NOTETYPE ${quote(t)}`)).join(', ')}`,
              sv: `dess note har ${found.map((t) => (t === undefined ? 'inget csip:NOTETYPE' : `csip:NOTETYPE ${quote(t)}`)).join(', ')}`,
            };
      return [
        finding(
          `The software agent has no note with csip:NOTETYPE="SOFTWARE VERSION": ${what.en}`,
          `Programvaruagenten saknar note med csip:NOTETYPE="SOFTWARE VERSION": ${what.sv}`,
          loc,
        ),
      ];
    }),
};
