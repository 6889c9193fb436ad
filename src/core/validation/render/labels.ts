/** Fixed words of the human-readable reports, Swedish first. */
import type { Lang } from '../../errors.ts';

export const LABELS = {
  sv: {
    heading: 'Valideringsrapport',
    package: 'Paket',
    objid: 'Paket-ID (OBJID)',
    profile: 'Profil',
    container: 'Form',
    checkedAt: 'Kontrollerad',
    verdict: 'Resultat',
    valid: 'GODKÄNT: inga fel',
    invalid: 'UNDERKÄNT: paketet har fel',
    refused: 'AVVISAT',
    errors: 'fel',
    warnings: 'varningar',
    infos: 'upplysningar',
    passed: 'uppfyllda',
    notApplicable: 'ej tillämpliga',
    files: 'filer lästa',
    requirement: 'Krav',
    level: 'Nivå',
    status: 'Status',
    message: 'Meddelande',
    location: 'Plats',
    line: 'rad',
    more: 'till',
    failedSection: 'Krav som inte är uppfyllda',
    allSection: 'Alla krav',
    statusText: { passed: 'uppfyllt', failed: 'ej uppfyllt', 'not-applicable': 'ej tillämpligt' },
    severityText: { ERROR: 'FEL', WARNING: 'VARNING', INFO: 'INFO' },
  },
  en: {
    heading: 'Validation report',
    package: 'Package',
    objid: 'Package ID (OBJID)',
    profile: 'Profile',
    container: 'Container',
    checkedAt: 'Checked',
    verdict: 'Verdict',
    valid: 'VALID: no errors',
    invalid: 'INVALID: the package has errors',
    refused: 'REFUSED',
    errors: 'errors',
    warnings: 'warnings',
    infos: 'infos',
    passed: 'passed',
    notApplicable: 'not applicable',
    files: 'files read',
    requirement: 'Requirement',
    level: 'Level',
    status: 'Status',
    message: 'Message',
    location: 'Location',
    line: 'line',
    more: 'more',
    failedSection: 'Requirements not met',
    allSection: 'All requirements',
    statusText: { passed: 'passed', failed: 'failed', 'not-applicable': 'not applicable' },
    severityText: { ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO' },
  },
} as const satisfies Record<Lang, unknown>;

export function formatLocation(
  loc: { file: string; xpath?: string; line?: number } | undefined,
  lang: Lang,
): string {
  if (!loc) return '';
  const parts = [loc.file];
  if (loc.line !== undefined) parts.push(`${LABELS[lang].line} ${loc.line}`);
  if (loc.xpath) parts.push(loc.xpath);
  return parts.filter(Boolean).join(', ');
}
