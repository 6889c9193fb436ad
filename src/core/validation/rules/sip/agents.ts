/**
 * The SIP agents of the package METS header (SIP9–SIP31), told apart by ROLE and TYPE.
 *
 * Recognition ignores letter case and surrounding space, so that a producer who writes
 * ROLE="Archivist" gets "the archival creator's ROLE must be ARCHIVIST" (SIP10) rather than a
 * silent "no archival creator". The rules then demand the exact METS spelling.
 *
 * - The CSIP software agent (CREATOR / OTHER / OTHERTYPE SOFTWARE, CSIP10–16) is not a SIP agent.
 * - Archival creator: ROLE ARCHIVIST. Preservation agent: ROLE PRESERVATION.
 * - Submitting agent and contact persons both have ROLE CREATOR. The submitting agent is the
 *   creator that is not an INDIVIDUAL (normally TYPE ORGANIZATION); when all creators are
 *   individuals, the first one is the submitter (a person submitting on their own) and the rest
 *   are contact persons. The SIP profile's own example writes a person as ROLE OTHER with
 *   OTHERROLE SUBMITTER; such an agent is treated exactly like a CREATOR (standards.md §4).
 *
 * SIP rules look at the package METS only: the SIP profile's agents describe the submission as a
 * whole, and a representation METS repeats its header at most.
 */
import type { MetsAgent, MetsDocument } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { notApplicable, type CheckResult, type Finding } from '../../rule.ts';
import { onOptionalPackageMets } from '../shared/mets-documents.ts';
import { sameWord } from './support.ts';

export type AgentKind = 'archivalCreator' | 'submitter' | 'contact' | 'preservation';

export interface AgentRef {
  readonly agent: MetsAgent;
  readonly file: string;
  readonly xpath: string;
}

export interface AgentLabel {
  readonly en: string;
  readonly enPlural: string;
  /** Swedish definite, indefinite and plural forms. */
  readonly sv: string;
  readonly svIndef: string;
  readonly svPlural: string;
}

export const AGENT_LABEL: Readonly<Record<AgentKind, AgentLabel>> = {
  archivalCreator: {
    en: 'archival creator agent (ROLE ARCHIVIST)',
    enPlural: 'archival creator agents (ROLE ARCHIVIST)',
    sv: 'arkivbildaragenten (ROLE ARCHIVIST)',
    svIndef: 'arkivbildaragent (ROLE ARCHIVIST)',
    svPlural: 'arkivbildaragenter (ROLE ARCHIVIST)',
  },
  submitter: {
    en: 'submitting agent (ROLE CREATOR)',
    enPlural: 'submitting agents (ROLE CREATOR, TYPE other than INDIVIDUAL)',
    sv: 'den levererande agenten (ROLE CREATOR)',
    svIndef: 'levererande agent (ROLE CREATOR)',
    svPlural: 'levererande agenter (ROLE CREATOR, TYPE annat än INDIVIDUAL)',
  },
  contact: {
    en: 'contact person agent (ROLE CREATOR, TYPE INDIVIDUAL)',
    enPlural: 'contact person agents (ROLE CREATOR, TYPE INDIVIDUAL)',
    sv: 'kontaktpersonen (ROLE CREATOR, TYPE INDIVIDUAL)',
    svIndef: 'kontaktperson (ROLE CREATOR, TYPE INDIVIDUAL)',
    svPlural: 'kontaktpersoner (ROLE CREATOR, TYPE INDIVIDUAL)',
  },
  preservation: {
    en: 'preservation agent (ROLE PRESERVATION)',
    enPlural: 'preservation agents (ROLE PRESERVATION)',
    sv: 'bevarandeagenten (ROLE PRESERVATION)',
    svIndef: 'bevarandeagent (ROLE PRESERVATION)',
    svPlural: 'bevarandeagenter (ROLE PRESERVATION)',
  },
};

export interface SipAgents {
  readonly archivalCreator: readonly AgentRef[];
  /** Every candidate submitting agent; SIP15 demands exactly one. */
  readonly submitter: readonly AgentRef[];
  readonly contact: readonly AgentRef[];
  readonly preservation: readonly AgentRef[];
}

function isSoftware(a: MetsAgent): boolean {
  return (
    sameWord(a.attrs['ROLE'], 'CREATOR') &&
    sameWord(a.attrs['TYPE'], 'OTHER') &&
    sameWord(a.attrs['OTHERTYPE'], 'SOFTWARE')
  );
}

function isCreator(a: MetsAgent): boolean {
  const role = a.attrs['ROLE'];
  return (
    sameWord(role, 'CREATOR') || (sameWord(role, 'OTHER') && sameWord(a.attrs['OTHERROLE'], 'SUBMITTER'))
  );
}

export function classifyAgents(doc: MetsDocument, file: string): SipAgents {
  const archivalCreator: AgentRef[] = [];
  const preservation: AgentRef[] = [];
  const organisations: AgentRef[] = [];
  const individuals: AgentRef[] = [];
  const hdr = doc.metsHdrs[0];
  hdr?.agents.forEach((agent, i) => {
    const ref = { agent, file, xpath: `/mets/metsHdr/agent[${i + 1}]` };
    const role = agent.attrs['ROLE'];
    if (isSoftware(agent)) return;
    if (sameWord(role, 'ARCHIVIST')) archivalCreator.push(ref);
    else if (sameWord(role, 'PRESERVATION')) preservation.push(ref);
    else if (isCreator(agent))
      (sameWord(agent.attrs['TYPE'], 'INDIVIDUAL') ? individuals : organisations).push(ref);
  });
  if (organisations.length > 0)
    return { archivalCreator, submitter: organisations, contact: individuals, preservation };
  return { archivalCreator, submitter: individuals.slice(0, 1), contact: individuals.slice(1), preservation };
}

export function agentsOf(
  ctx: PackageContext,
  kind: AgentKind,
  check: (agents: readonly AgentRef[]) => CheckResult,
): CheckResult {
  return onOptionalPackageMets(ctx, (doc, path) => check(classifyAgents(doc, path)[kind]));
}

/**
 * Runs a check over every agent of one kind; not applicable when the package METS has none (the
 * requirement "dependsOn" the agent's wrapper requirement, which reports a missing mandatory one).
 */
export function eachAgent(
  ctx: PackageContext,
  kind: AgentKind,
  check: (a: AgentRef) => Finding[],
): CheckResult {
  return agentsOf(ctx, kind, (agents) => {
    if (agents.length === 0) {
      const label = AGENT_LABEL[kind];
      return notApplicable(`The package METS has no ${label.en}`, `Paketets METS saknar ${label.svIndef}`);
    }
    return agents.flatMap(check);
  });
}
