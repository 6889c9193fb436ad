/**
 * SAMARKIV-FMT-3 — "Files in a format whose policy verdict is conversion are reported with the
 * format to convert to (convertTo), so they are converted before preservation (RA-FS 2009:2 1 kap.
 * 4 §)."
 *
 * A SHOULD (warning), not a refusal: a Word file is a record, only in the wrong format, and the
 * archive may convert it on ingest. Applies to content files (content-files.ts), including
 * unidentified ones when the policy says `unlisted: conversion`. Not applicable when
 * identification did not run or no policy is configured.
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

export const SAMARKIV_FMT_3: Rule = {
  id: 'SAMARKIV-FMT-3',
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
      const { verdict, entry } = policyVerdict(policy, facts?.format?.puid ?? null);
      if (verdict !== 'conversion') continue;
      const from = verdictSource(policy, entry);
      const note = noteOf(entry);
      const to = entry?.convertTo;
      findings.push(
        finding(
          `${path}: ${formatLabel(facts)} should be converted to ${to ?? 'a format the policy accepts'} before preservation (verdict conversion, ${from.en})${note.en}`,
          `${path}: ${formatLabelSv(facts)} bör konverteras till ${to ?? 'ett format som policyn godtar'} före bevarande (bedömning conversion, ${from.sv})${note.sv}`,
          { file: path },
        ),
      );
    }
    return findings;
  },
};
