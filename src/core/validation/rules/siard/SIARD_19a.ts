/**
 * SIARD_19a (MAY) — "From SIARD2.2 and onwards If a .siard file is larger than a desired or imposed
 * implementation limit then it MAY be physically split into file parts … Each file part must have
 * the suffix _part[nnn] with nnn beginning with 001."
 *
 * For split files (`<name>_part001.siard` or `<name>.siard_part001`, read as one by the SIARD
 * analyzer): the parts are numbered 001, 002 … without gaps.
 */
import { siardPart } from '../../../siard/siard-targets.ts';
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_19a: Rule = {
  id: 'SIARD_19a',
  check: (ctx) =>
    withSiard(ctx, (analysis) => {
      const split = analysis.files.filter((f) => f.parts.length > 0);
      if (split.length === 0)
        return notApplicable('No SIARD file is split into parts', 'Ingen SIARD-fil är delad i delar');
      return split.flatMap((f) => {
        const numbers = f.parts.map((p) => siardPart(p)?.number ?? 0);
        if (numbers.every((n, i) => n === i + 1)) return [];
        const shown = numbers.map((n) => String(n).padStart(3, '0')).join(', ');
        return [
          finding(
            `The parts of ${f.path} are numbered ${shown}; they must run 001, 002 … without gaps`,
            `Delarna av ${f.path} är numrerade ${shown}; de ska löpa 001, 002 … utan luckor`,
            { file: f.parts[0] as string },
          ),
        ];
      });
    }),
};
