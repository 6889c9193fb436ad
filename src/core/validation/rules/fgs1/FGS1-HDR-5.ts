/**
 * FGS1-HDR-5 (SHOULD): the archival creator has a note with its identification code written
 * `<type>:<code>` (ORG:, VAT:, Local: … in public 1.x packages). Not applicable when there is no
 * ARCHIVIST/ORGANIZATION agent (FGS1-HDR-4 reports that).
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { agentsOf, describeAgent, isArchivistOrganization } from './agents.ts';
import { loc, onOptionalSip } from './sip-mets.ts';

const CODE = /^[A-Za-z][A-Za-z0-9-]*:\s*\S/;

export const FGS1_HDR_5: Rule = {
  id: 'FGS1-HDR-5',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const archivists = agentsOf(m).filter((a) => isArchivistOrganization(a.agent));
      if (archivists.length === 0) {
        return notApplicable('The package names no archival creator', 'Paketet anger ingen arkivbildare');
      }
      return archivists.flatMap(({ agent, xpath }) => {
        if (agent.notes.some((n) => CODE.test(n.text.trim()))) return [];
        const who = describeAgent(agent);
        const notes = agent.notes.map((n) => `'${n.text}'`).join(', ');
        return [
          finding(
            `The ${who} has no identification code note such as ORG:2120001165${notes ? ` (notes: ${notes})` : ''}`,
            `${who} saknar en anteckning med identifieringskod, t.ex. ORG:2120001165${notes ? ` (anteckningar: ${notes})` : ''}`,
            loc(m, `${xpath}/note`, agent),
          ),
        ];
      });
    }),
};
