/**
 * A format policy says, per PRONOM format, whether it is accepted for preservation, accepted
 * with a conversion, or refused. Policies are data (data/policies/*.yaml), per consortium and
 * overridable per submission agreement; this is only their shape.
 */
export type PolicyVerdict = 'accepted' | 'conversion' | 'refused' | 'unknown';

export interface FormatPolicyEntry {
  /** Human name of the format family, e.g. "PDF/A-1b". */
  readonly name: string;
  readonly puids: readonly string[];
  readonly verdict: Exclude<PolicyVerdict, 'unknown'>;
  /** For 'conversion': what the file must be converted to, e.g. "PDF/A-2b". */
  readonly convertTo?: string;
  /** Where the rule comes from, e.g. "RA-FS 2009:2 4 §". */
  readonly reference?: string;
  readonly note?: { readonly en: string; readonly sv: string };
}

export interface FormatPolicy {
  readonly id: string;
  readonly name: { readonly en: string; readonly sv: string };
  readonly source: string;
  readonly entries: readonly FormatPolicyEntry[];
  /** Verdict for a format the policy does not list (and for unidentified files). */
  readonly unlisted: Exclude<PolicyVerdict, 'accepted'>;
}

export function verdictFor(
  policy: FormatPolicy,
  puid: string | null,
): { verdict: PolicyVerdict; entry: FormatPolicyEntry | null } {
  if (puid) {
    for (const entry of policy.entries)
      if (entry.puids.includes(puid)) return { verdict: entry.verdict, entry };
  }
  return { verdict: policy.unlisted, entry: null };
}
