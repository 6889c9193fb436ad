/**
 * The file-naming rule of delivery control (checkpoint K11, SAMARKIV-NAME-1). The Swedish default:
 * a file name is letters a–z, digits, `-` and `_`, then exactly one extension. The pattern is
 * configurable per consortium; for the default rule a failure says *why* each character fails,
 * because "does not match ^[a-z0-9_-]+\.[a-z0-9]+$" teaches a producer nothing.
 */
import { ArchiveError } from '../errors.ts';
import type { NamingRule } from '../validation/package-context.ts';
import type { Message } from '../validation/rule.ts';

export const SWEDISH_NAMING_PATTERN = '^[a-z0-9_-]+\\.[a-z0-9]+$';

export const SWEDISH_NAMING_RULE: NamingRule = {
  id: 'se-kontrollpunkt-filnamn',
  pattern: SWEDISH_NAMING_PATTERN,
  description: {
    en: 'letters a–z, digits, "-" and "_", and exactly one extension',
    sv: 'bokstäverna a–z, siffror, "-" och "_", och exakt en filändelse',
  },
};

const compiled = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    try {
      // 'u': a pattern is matched against characters, not UTF-16 halves (å, emoji).
      re = new RegExp(pattern, 'u');
    } catch (e) {
      throw new ArchiveError('ARC_ERR_NAMING_RULE_INVALID', [`${pattern}: ${(e as Error).message}`], {
        cause: e,
      });
    }
    if (re.test(''))
      throw new ArchiveError('ARC_ERR_NAMING_RULE_INVALID', [`${pattern}: matches the empty name`]);
    compiled.set(pattern, re);
  }
  return re;
}

/** A configured naming rule, checked now so a bad pattern is a coded error at start-up, not per file. */
export function namingRule(pattern: string, description?: Message, id = 'custom'): NamingRule {
  compile(pattern);
  return {
    id,
    pattern,
    description: description ?? { en: `matches ${pattern}`, sv: `matchar ${pattern}` },
  };
}

function listed(chars: Iterable<string>): string {
  return [...new Set(chars)].map((c) => (c === ' ' ? '" "' : c)).join(' ');
}

/** Why a name fails the Swedish default, reason by reason (empty when it passes). */
function explainDefault(name: string): Message[] {
  const out: Message[] = [];
  const chars = [...name.normalize('NFC')];
  const upper = chars.filter((c) => c >= 'A' && c <= 'Z');
  const nonAscii = chars.filter((c) => c > '\u007f');
  const spaces = chars.filter((c) => /\s/u.test(c));
  const other = chars.filter((c) => c <= '\u007f' && !/[a-zA-Z0-9._\-\s]/.test(c));
  const dots = chars.filter((c) => c === '.').length;
  if (upper.length > 0) {
    out.push({
      en: `upper-case letters (${listed(upper)}): Windows and macOS see Beslut.pdf and beslut.pdf as one file, while METS references are case-sensitive`,
      sv: `versaler (${listed(upper)}): Windows och macOS ser Beslut.pdf och beslut.pdf som samma fil, medan METS-referenser skiljer på skiftläge`,
    });
  }
  if (nonAscii.length > 0) {
    out.push({
      en: `letters outside a–z (${listed(nonAscii)}): å, ä and ö are stored differently by different systems (macOS splits å into a + ring, old ZIP tools use code page 437), so the name changes on the way`,
      sv: `tecken utanför a–z (${listed(nonAscii)}): å, ä och ö lagras olika i olika system (macOS delar å i a + ring, äldre ZIP-verktyg använder teckentabell 437), så namnet ändras på vägen`,
    });
  }
  if (spaces.length > 0) {
    out.push({
      en: 'spaces or other white space: they must be written %20 in METS references and break in scripts and command lines',
      sv: 'mellanslag eller andra blanktecken: de måste skrivas %20 i METS-referenser och går sönder i skript och kommandorader',
    });
  }
  if (other.length > 0) {
    out.push({
      en: `characters other than a–z, 0–9, "-" and "_" (${listed(other)}): they have special meaning in URLs, shells or some file systems`,
      sv: `andra tecken än a–z, 0–9, "-" och "_" (${listed(other)}): de har särskild betydelse i URL:er, skal eller vissa filsystem`,
    });
  }
  if (dots === 0) {
    out.push({
      en: 'no extension: the format cannot be told from the name',
      sv: 'ingen filändelse: formatet syns inte på namnet',
    });
  } else if (dots > 1) {
    out.push({
      en: 'more than one dot: only one extension is allowed, so the type is unambiguous (rapport.pdf.exe hides a program)',
      sv: 'mer än en punkt: bara en filändelse är tillåten, så att typen är entydig (rapport.pdf.exe döljer ett program)',
    });
  } else if (name.startsWith('.')) {
    out.push({ en: 'nothing before the extension', sv: 'inget namn före filändelsen' });
  } else if (name.endsWith('.')) {
    out.push({ en: 'an empty extension', sv: 'en tom filändelse' });
  }
  return out;
}

/**
 * Checks one file name (the last path segment) against a rule. Returns the reasons it fails, each
 * in English and Swedish; an empty list means the name follows the rule.
 */
export function checkFileName(rule: NamingRule, name: string): Message[] {
  if (compile(rule.pattern).test(name)) return [];
  if (rule.pattern === SWEDISH_NAMING_PATTERN) {
    const reasons = explainDefault(name);
    if (reasons.length > 0) return reasons;
  }
  return [
    {
      en: `does not match the pattern ${rule.pattern}`,
      sv: `matchar inte mönstret ${rule.pattern}`,
    },
  ];
}
