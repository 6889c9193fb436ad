/**
 * SAMARKIV-FMT-2 — "No content file is in a format the policy refuses, or in a format it does not
 * decide on (verdict unknown, which includes files that could not be identified) (checkpoint K07)."
 *
 * Decision (docs/requirements.md): `unknown` fails like `refused`. Checkpoint K07 asks for formats
 * *on the accepted list*; an archive that approved a format nobody decided on would let anything
 * through. A policy that wants leniency says `unlisted: conversion`, and a submission agreement
 * accepts a format by an override entry. An unidentified file gets the `unlisted` verdict
 * (verdictFor), so it fails here as well as in SAMARKIV-FMT-1. `conversion` is SAMARKIV-FMT-3's.
 * Not applicable when identification did not run or no policy is configured.
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import {
  contentFiles,
  formatLabel,
  formatLabelSv,
  noteOf,
  policyVerdict,
  verdictSource,
} from './content-files.ts';

export const SAMARKIV_FMT_2: Rule = {
  id: 'SAMARKIV-FMT-2',
  check(ctx) {
    const policy = ctx.content?.policy;
    if (!ctx.content?.signatureVersions || !policy) {
      return notApplicable(
        'Format identification or the format policy is not configured',
        'Formatidentifiering eller formatpolicy är inte konfigurerad',
      );
    }
    const findings: Finding[] = [];
    for (const { path, facts } of contentFiles(ctx)) {
      const puid = facts?.format?.puid ?? null;
      const { verdict, entry } = policyVerdict(policy, puid);
      if (verdict !== 'refused' && verdict !== 'unknown') continue;
      const from = verdictSource(policy, entry);
      const note = noteOf(entry);
      if (verdict === 'refused') {
        findings.push(
          finding(
            `${path}: ${formatLabel(facts)} is refused (verdict refused, ${from.en})${note.en}`,
            `${path}: ${formatLabelSv(facts)} godtas inte (bedömning refused, ${from.sv})${note.sv}`,
            { file: path },
          ),
        );
      } else if (puid) {
        findings.push(
          finding(
            `${path}: ${formatLabel(facts)} is not accepted (verdict unknown, ${from.en}); the submission agreement can accept it with an override`,
            `${path}: ${formatLabelSv(facts)} är inte godkänt (bedömning unknown, ${from.sv}); leveransöverenskommelsen kan godkänna det med en avvikelse`,
            { file: path },
          ),
        );
      } else {
        findings.push(
          finding(
            `${path}: the format could not be identified, so it cannot be accepted (verdict unknown, ${from.en})`,
            `${path}: formatet kunde inte identifieras och kan därför inte godkännas (bedömning unknown, ${from.sv})`,
            { file: path },
          ),
        );
      }
    }
    return findings;
  },
};
