/** Fixed words of the human-readable reports, Swedish first. */
import type { Lang } from '../../errors.ts';
import type { ValidationReport } from '../report.ts';

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
    contentChecks: 'Innehållskontroller',
    signatures: 'PRONOM-signaturer',
    containerSignatures: 'containersignaturer',
    policy: 'Formatpolicy',
    scanner: 'Virusskanning',
    noScanner: 'ingen skanner konfigurerad',
    namingRule: 'Namnregel',
    filesSection: 'Filer',
    format: 'Format',
    verdict2: 'Policy',
    verdicts: { accepted: 'godkänt', conversion: 'konverteras', refused: 'avvisat', unknown: 'okänt' },
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
    contentChecks: 'Content checks',
    signatures: 'PRONOM signatures',
    containerSignatures: 'container signatures',
    policy: 'Format policy',
    scanner: 'Virus scan',
    noScanner: 'no scanner configured',
    namingRule: 'Naming rule',
    filesSection: 'Files',
    format: 'Format',
    verdict2: 'Policy',
    verdicts: { accepted: 'accepted', conversion: 'conversion', refused: 'refused', unknown: 'unknown' },
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

/** One line describing what the content checks ran with, or null when they did not run. */
export function contentSetupLine(report: ValidationReport): string | null {
  const c = report.contentChecks;
  if (!c) return null;
  const L = LABELS[report.lang];
  return [
    `${L.signatures} v${c.signatureVersion ?? '?'}, ${L.containerSignatures} ${c.containerSignatureVersion ?? '?'}`,
    `${L.policy}: ${c.policy ?? '-'}`,
    `${L.scanner}: ${c.scanner ?? L.noScanner}`,
    `${L.namingRule}: ${c.namingRule ?? '-'}`,
  ].join('; ');
}
