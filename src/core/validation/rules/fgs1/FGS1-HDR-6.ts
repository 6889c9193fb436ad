/**
 * FGS1-HDR-6 (SHOULD): an agent CREATOR with TYPE OTHER and OTHERTYPE SOFTWARE names the software
 * that created the package (what CSIP10–CSIP16 require in 2.x).
 */
import { finding, type Rule } from '../../rule.ts';
import { agentName, agentsOf, isSoftware } from './agents.ts';
import { header, isFinding, loc, onSip } from './sip-mets.ts';

export const FGS1_HDR_6: Rule = {
  id: 'FGS1-HDR-6',
  check: (ctx) =>
    onSip(ctx, (m) => {
      const hdr = header(m);
      if (isFinding(hdr)) return [hdr];
      const creators = agentsOf(m).filter((a) => a.agent.attrs['ROLE'] === 'CREATOR' && isSoftware(a.agent));
      if (creators.some((a) => agentName(a.agent) !== undefined)) return [];
      return [
        finding(
          'No agent with ROLE="CREATOR", TYPE="OTHER" and OTHERTYPE="SOFTWARE" names the software that created the package',
          'Ingen agent med ROLE="CREATOR", TYPE="OTHER" och OTHERTYPE="SOFTWARE" anger programvaran som skapade paketet',
          loc(m, '/mets/metsHdr', creators[0]?.agent ?? hdr),
        ),
      ];
    }),
};
