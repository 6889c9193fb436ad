/** Message parts that several rule areas phrase the same way. */
import type { Message } from '../../rule.ts';

/** A value as messages show it: in single quotes. */
export function quote(v: string): string {
  return `'${v}'`;
}

/**
 * An attribute that must have one of a few fixed values: "<subject> has no <attr>; expected 'V'"
 * or "<subject> has <attr> 'x'; expected 'V' (exact spelling)".
 */
export function fixedValueMessage(
  subject: Message,
  attr: string,
  expected: readonly string[],
  found: string | undefined,
): Message {
  const want = { en: expected.map(quote).join(' or '), sv: expected.map(quote).join(' eller ') };
  if (found === undefined) {
    return {
      en: `${subject.en} has no ${attr}; expected ${want.en}`,
      sv: `${subject.sv} saknar ${attr}; ${want.sv} förväntades`,
    };
  }
  return {
    en: `${subject.en} has ${attr} ${quote(found)}; expected ${want.en} (exact spelling)`,
    sv: `${subject.sv} har ${attr} ${quote(found)}; ${want.sv} förväntades (exakt stavning)`,
  };
}

/** A value that may be absent, for messages: in double quotes, or "none" / "inget". */
export function shown(value: string | undefined): Message {
  return value === undefined ? { en: 'none', sv: 'inget' } : { en: `"${value}"`, sv: `"${value}"` };
}
