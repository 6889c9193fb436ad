/** FGS1-HDR-4 (MUST): an agent ARCHIVIST/ORGANIZATION with a non-empty name names the archival creator. */
import { finding, type Rule } from '../../rule.ts';
import { agentName, agentsOf, isArchivistOrganization } from './agents.ts';
import { header, isFinding, loc, onSip } from './sip-mets.ts';

export const FGS1_HDR_4: Rule = {
  id: 'FGS1-HDR-4',
  check: (ctx) =>
    onSip(ctx, (m) => {
      const hdr = header(m);
      if (isFinding(hdr)) return [hdr];
      const archivists = agentsOf(m).filter((a) => isArchivistOrganization(a.agent));
      if (archivists.some((a) => agentName(a.agent) !== undefined)) return [];
      const first = archivists[0];
      if (first) {
        return [
          finding(
            'The archival creator (agent ARCHIVIST/ORGANIZATION) has no name',
            'Arkivbildaren (agent ARCHIVIST/ORGANIZATION) saknar namn',
            loc(m, `${first.xpath}/name`, first.agent),
          ),
        ];
      }
      return [
        finding(
          'The metsHdr names no archival creator (an agent with ROLE="ARCHIVIST" and TYPE="ORGANIZATION")',
          'metsHdr anger ingen arkivbildare (en agent med ROLE="ARCHIVIST" och TYPE="ORGANIZATION")',
          loc(m, '/mets/metsHdr', hdr),
        ),
      ];
    }),
};
