/**
 * The CITS SIARD requirements that fix one attribute of a METS root element to one value (SIARD_2,
 * 3, 5 for the package METS; SIARD_9, 10, 12 for a representation's), checked the same way.
 */
import type { PackageContext } from '../../package-context.ts';
import { finding, type CheckResult, type Message } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { fixedValueMessage } from '../shared/messages.ts';
import { onPackageMets, type Mets } from '../shared/mets-documents.ts';
import { siardRepresentations, withSiard } from './siard-support.ts';

const PACKAGE: Message = { en: 'The package METS', sv: 'Paketets METS' };

export function packageValue(ctx: PackageContext, attr: string, expected: string): CheckResult {
  return withSiard(ctx, () =>
    onPackageMets(ctx, (doc, path) => {
      const found = doc.mets?.attrs[attr];
      if (found === expected) return [];
      const m = fixedValueMessage(PACKAGE, attr, [expected], found);
      return [finding(m.en, m.sv, at(path, `/mets/@${attr}`, doc.mets?.line))];
    }),
  );
}

export function representationValue(ctx: PackageContext, attr: string, expected: string): CheckResult {
  return withSiard(ctx, () =>
    siardRepresentations(ctx).flatMap((m: Mets) => {
      const found = m.doc.mets?.attrs[attr];
      if (found === expected) return [];
      const subject = { en: `The METS of ${m.representation}`, sv: `METS för ${m.representation}` };
      const msg = fixedValueMessage(subject, attr, [expected], found);
      return [finding(msg.en, msg.sv, at(m, `/mets/@${attr}`, m.doc.mets?.line))];
    }),
  );
}
