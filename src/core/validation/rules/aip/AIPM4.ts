/**
 * AIPM4 — Status of the descriptive metadata:
 * "The status of the descriptive metadata SHOULD be indicated using a predefined vocabulary. One of
 * the metadata elements in an AIP SHOULD be set to "CURRENT"."
 * Every dmdSec of the package METS has @STATUS from CSIPVocabularyStatus (CURRENT, SUPERSEDED),
 * and at least one is CURRENT (test TEST-AIPM4-1: /mets/dmdSec[@STATUS="CURRENT"]). No dmdSec:
 * not applicable (CSIP17 asks for descriptive metadata). Package METS only.
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { inVocabulary, STATUS_VALUES } from '../../vocabularies.ts';
import { at, step } from '../shared/locations.ts';
import { onOptionalPackageMets } from '../shared/mets-documents.ts';

export const AIPM4: Rule = {
  id: 'AIPM4',
  check: (ctx) =>
    onOptionalPackageMets(ctx, (doc, path) => {
      if (doc.dmdSecs.length === 0) {
        return notApplicable('The AIP METS has no dmdSec', 'Arkivpaketets (AIP) METS saknar dmdSec');
      }
      const findings: Finding[] = [];
      doc.dmdSecs.forEach((sec, i) => {
        const status = sec.attrs['STATUS'];
        if (inVocabulary(STATUS_VALUES, status)) return;
        const name = sec.attrs['ID'] ?? String(i + 1);
        findings.push(
          finding(
            status === undefined
              ? `dmdSec ${name} has no @STATUS; expected "CURRENT" or "SUPERSEDED"`
              : `dmdSec ${name} has @STATUS "${status}"; expected "CURRENT" or "SUPERSEDED"`,
            status === undefined
              ? `dmdSec ${name} saknar @STATUS; förväntat "CURRENT" eller "SUPERSEDED"`
              : `dmdSec ${name} har @STATUS "${status}"; förväntat "CURRENT" eller "SUPERSEDED"`,
            at(path, `/mets/${step('dmdSec', sec, i)}/@STATUS`, sec),
          ),
        );
      });
      if (!doc.dmdSecs.some((sec) => sec.attrs['STATUS'] === 'CURRENT')) {
        findings.push(
          finding(
            'No dmdSec of the AIP METS has @STATUS "CURRENT"; the descriptive metadata in use should be marked CURRENT',
            'Ingen dmdSec i arkivpaketets (AIP) METS har @STATUS "CURRENT"; de beskrivande metadata som gäller ska markeras CURRENT',
            at(path, '/mets/dmdSec/@STATUS', doc.dmdSecs[0]),
          ),
        );
      }
      return findings;
    }),
};
