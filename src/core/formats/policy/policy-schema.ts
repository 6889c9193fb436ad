/**
 * The shape of a format policy document (data/policies/*.yaml) and of a submission agreement's
 * override, as zod schemas producing the FormatPolicy contract of ../format-policy.ts. Unknown keys
 * are refused, so a misspelt `convertTo` never silently turns a conversion into nothing.
 */
import { z } from 'zod';
import type { FormatPolicyEntry } from '../format-policy.ts';

/** fmt/123 or x-fmt/45: PRONOM's two PUID families (DROID signature file, FileFormat/@PUID). */
export const PUID_PATTERN = /^(x-)?fmt\/[1-9][0-9]*$/;

const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.strictObject({ en: text, sv: text });
const puid = z.string().trim().regex(PUID_PATTERN, 'must be a PRONOM PUID such as fmt/354 or x-fmt/18');

export const policyEntrySchema = z
  .strictObject({
    name: text,
    puids: z.array(puid).min(1, 'must list at least one PUID'),
    verdict: z.enum(['accepted', 'conversion', 'refused']),
    convertTo: text.optional(),
    reference: text.optional(),
    note: bilingual.optional(),
  })
  .superRefine((entry, ctx) => {
    // A conversion warning that does not say what to convert to leaves the producer guessing.
    if (entry.verdict === 'conversion' && entry.convertTo === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['convertTo'],
        message: 'is required when verdict is conversion',
      });
    if (entry.verdict !== 'conversion' && entry.convertTo !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['convertTo'],
        message: `only belongs to a conversion entry, not ${entry.verdict}`,
      });
  });

/** verdictFor returns the first entry that lists a PUID, so a PUID in two entries would be ambiguous. */
function noDuplicatePuids(entries: readonly FormatPolicyEntry[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    entry.puids.forEach((p, j) => {
      const first = seen.get(p);
      if (first === undefined) seen.set(p, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'puids', j],
          message: `${p} is already listed in entry ${first} ("${entries[first]?.name}")`,
        });
    });
  });
}

export const policySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case letters, digits, ".", "-" or "_"'),
    name: bilingual,
    source: text,
    unlisted: z.enum(['conversion', 'refused', 'unknown']),
    entries: z.array(policyEntrySchema),
  })
  .superRefine((policy, ctx) => noDuplicatePuids(policy.entries, ctx));

/**
 * A submission agreement's override: entries that replace the base policy's verdict for their
 * PUIDs, and optionally another verdict for unlisted formats. `extends`, when given, must name the
 * base policy, so an override written for one consortium's policy is not applied to another's.
 */
export const policyOverrideSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'must be letters, digits, ".", "-" or "_"'),
    name: bilingual.optional(),
    extends: text.optional(),
    source: text.optional(),
    unlisted: z.enum(['conversion', 'refused', 'unknown']).optional(),
    entries: z.array(policyEntrySchema).default([]),
  })
  .superRefine((override, ctx) => noDuplicatePuids(override.entries, ctx));

export type PolicyOverride = z.output<typeof policyOverrideSchema>;
