/**
 * The agent that records the software which created the package (CSIP10–CSIP16), in the metsHdr of
 * every METS document.
 */
import type { MetsAgent, MetsHdr } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { finding, type Finding } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { fixedValueMessage } from '../shared/messages.ts';
import { everyMets, type Mets } from '../shared/mets-documents.ts';
import { headerOf } from './mets-root.ts';

const up = (v: string | undefined): string => (v ?? '').trim().toUpperCase();

function isExactSoftwareAgent(a: MetsAgent): boolean {
  return a.attrs['ROLE'] === 'CREATOR' && a.attrs['TYPE'] === 'OTHER' && a.attrs['OTHERTYPE'] === 'SOFTWARE';
}

function looksLikeSoftwareAgent(a: MetsAgent): boolean {
  return (
    up(a.attrs['OTHERTYPE']) === 'SOFTWARE' ||
    (up(a.attrs['ROLE']) === 'CREATOR' && up(a.attrs['TYPE']) === 'OTHER') ||
    a.notes.some((n) => up(n.attrs['csip:NOTETYPE']) === 'SOFTWARE VERSION')
  );
}

export interface AgentAt {
  readonly agent: MetsAgent;
  readonly xpath: string;
}

/**
 * The agents of a header that describe the creating software. When some agent has exactly
 * ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE", those are the software agents; otherwise any
 * agent that evidently means to be one (OTHERTYPE software in any case, a CREATOR of TYPE OTHER, or
 * a SOFTWARE VERSION note), so CSIP11–16 can say which attribute is wrong instead of only
 * "no software agent". Organisation and person agents (SIP) are never taken for it.
 */
export function softwareAgents(hdr: MetsHdr): AgentAt[] {
  const all = hdr.agents.map((agent, i) => ({ agent, xpath: `/mets/metsHdr/agent[${i + 1}]` }));
  const exact = all.filter((a) => isExactSoftwareAgent(a.agent));
  return exact.length > 0 ? exact : all.filter((a) => looksLikeSoftwareAgent(a.agent));
}

/**
 * Runs a check on each software agent of each METS document. A document without metsHdr or without
 * any software agent fails: the agent is mandatory (CSIP10), so each of its mandatory parts is missing.
 */
export function everySoftwareAgent(
  ctx: PackageContext,
  check: (m: Mets, a: AgentAt) => Finding[],
): Finding[] {
  return everyMets(ctx, (m, doc) => {
    const hdr = headerOf(m, doc);
    if ('message' in hdr) return [hdr];
    const agents = softwareAgents(hdr);
    if (agents.length === 0) {
      return [
        finding(
          'metsHdr has no agent describing the software that created the package (ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE")',
          'metsHdr saknar en agent som beskriver programvaran som skapade paketet (ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE")',
          at(m, '/mets/metsHdr', hdr),
        ),
      ];
    }
    return agents.flatMap((a) => check(m, a));
  });
}

const SOFTWARE_AGENT = { en: 'The software agent', sv: 'Programvaruagenten' };

/** CSIP11–13: an attribute of the software agent has exactly the value the profile fixes. */
export function checkSoftwareAgentAttribute(
  ctx: PackageContext,
  attr: 'ROLE' | 'TYPE' | 'OTHERTYPE',
  expected: string,
): Finding[] {
  return everySoftwareAgent(ctx, (m, { agent, xpath }) => {
    const value = agent.attrs[attr];
    if (value === expected) return [];
    const message = fixedValueMessage(SOFTWARE_AGENT, attr, [expected], value);
    return [finding(message.en, message.sv, at(m, xpath, agent))];
  });
}
