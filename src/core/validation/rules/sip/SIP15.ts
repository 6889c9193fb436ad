/**
 * SIP15 — Submitting agent, metsHdr/agent (1..1):
 * "A wrapper element that enables to encode the name of the organisation or person submitting the
 * package to the archive." (2.1.0: "The name of the organisation or person submitting the package to
 * the archive.")
 * Exactly one submitting agent: a ROLE CREATOR agent that is not the CSIP software agent, preferring
 * a non-individual one (agents.ts). Two non-individual creators are two submitters and fail the
 * cardinality. Package METS only; a missing or unreadable METS.xml fails.
 */
import { finding, type Rule } from '../../rule.ts';
import { AGENT_LABEL, classifyAgents } from './agents.ts';
import { at } from '../shared/locations.ts';
import { onPackageMets } from '../shared/mets-documents.ts';

export const SIP15: Rule = {
  id: 'SIP15',
  check: (ctx) =>
    onPackageMets(ctx, (doc, path) => {
      const { submitter } = classifyAgents(doc, path);
      const label = AGENT_LABEL.submitter;
      if (submitter.length === 0) {
        return [
          finding(
            'The package METS has no submitting agent: expected an agent with ROLE "CREATOR" and TYPE "ORGANIZATION" or "INDIVIDUAL" besides the software agent',
            'Paketets METS saknar levererande agent: en agent med ROLE "CREATOR" och TYPE "ORGANIZATION" eller "INDIVIDUAL" förväntas utöver programvaruagenten',
            at(path, '/mets/metsHdr', doc.metsHdrs[0] ?? doc.mets ?? undefined),
          ),
        ];
      }
      return submitter
        .slice(1)
        .map((a) =>
          finding(
            `The package METS has ${submitter.length} ${label.enPlural}; exactly one is expected`,
            `Paketets METS har ${submitter.length} ${label.svPlural}; exakt en förväntas`,
            at(a.file, a.xpath, a.agent),
          ),
        );
    }),
};
