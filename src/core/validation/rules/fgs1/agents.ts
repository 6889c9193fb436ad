/** The metsHdr agents of sip.xml with their XPaths, and the few ways the FGS1-HDR rules pick them. */
import type { MetsAgent } from '../../../package/mets-model.ts';
import { step } from '../shared/locations.ts';
import type { SipMets } from './sip-mets.ts';

export interface AgentAt {
  readonly agent: MetsAgent;
  readonly xpath: string;
}

/** Every agent of the first metsHdr, in document order. */
export function agentsOf(m: SipMets): AgentAt[] {
  const hdr = m.doc.metsHdrs[0];
  if (!hdr) return [];
  return hdr.agents.map((agent, i) => ({
    agent,
    xpath: `/mets/metsHdr/${step('agent', agent, i, hdr.agents.length)}`,
  }));
}

/** The agent's first non-empty name, trimmed, or undefined. */
export function agentName(agent: MetsAgent): string | undefined {
  return agent.names.map((n) => n.text.trim()).find((t) => t !== '');
}

export function isSoftware(agent: MetsAgent): boolean {
  return agent.attrs['TYPE'] === 'OTHER' && agent.attrs['OTHERTYPE'] === 'SOFTWARE';
}

/** The archival creator (arkivbildare): ROLE ARCHIVIST, TYPE ORGANIZATION. */
export function isArchivistOrganization(agent: MetsAgent): boolean {
  return agent.attrs['ROLE'] === 'ARCHIVIST' && agent.attrs['TYPE'] === 'ORGANIZATION';
}

/** How an agent is named in messages: `agent ARCHIVIST/ORGANIZATION 'Name'`. */
export function describeAgent(agent: MetsAgent): string {
  const role = agent.attrs['ROLE'] === 'OTHER' ? (agent.attrs['OTHERROLE'] ?? 'OTHER') : agent.attrs['ROLE'];
  const type = agent.attrs['TYPE'] === 'OTHER' ? (agent.attrs['OTHERTYPE'] ?? 'OTHER') : agent.attrs['TYPE'];
  const name = agentName(agent);
  return `agent ${role ?? '?'}/${type ?? '?'}${name ? ` '${name}'` : ''}`;
}
