/**
 * Canonical JSON (RFC 8785, JCS) for the values an approval payload holds: strings, safe
 * integers, booleans, null, arrays and objects. Object keys are sorted by UTF-16 code units, no
 * whitespace, strings escaped as ECMAScript JSON.stringify does (which is what JCS prescribes).
 * Fractional or unsafe numbers are refused rather than risking a form another JCS library would
 * write differently.
 */
export type CanonicalValue =
  string | number | boolean | null | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue };

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`canonical JSON: not a safe integer: ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON: unsupported value of type ${typeof value}`);
}
