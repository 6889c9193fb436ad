/**
 * The checkpoints of delivery control (kontrollpunkter). The default template is the list in
 * shared/research/domain.md §5; the consortium edits its own copy. An automatic checkpoint names
 * the requirement IDs whose results decide it, so the control report sets it without a person;
 * a manual one waits for somebody; "A+M" ones get their evidence from the report and still need
 * a person to close them.
 */
import type { ValidationReport } from '../validation/report.ts';

export type CheckpointMode = 'A' | 'M' | 'A+M';
export type CheckpointState = 'open' | 'ok' | 'deviation' | 'not-applicable';
export const CHECKPOINT_STATES: readonly CheckpointState[] = ['open', 'ok', 'deviation', 'not-applicable'];

export interface ChecklistItem {
  readonly key: string;
  readonly sv: string;
  readonly en: string;
  readonly mode: CheckpointMode;
  readonly evidence: string;
  /** Requirement IDs (exact) or prefixes ending in '*' whose results decide an automatic item. */
  readonly requirements?: readonly string[];
}

export interface ChecklistTemplate {
  readonly name: string;
  readonly version: number;
  readonly items: readonly ChecklistItem[];
}

const item = (
  key: string,
  sv: string,
  en: string,
  mode: CheckpointMode,
  evidence: string,
  requirements?: string[],
): ChecklistItem => ({ key, sv, en, mode, evidence, ...(requirements ? { requirements } : {}) });

export const DEFAULT_CHECKLIST: ChecklistTemplate = {
  name: 'Standardmall för leveranskontroll',
  version: 1,
  items: [
    item('K01', 'Paket enligt FGS/CSIP-profil', 'Package per CSIP/SIP', 'A', 'Validator report', [
      'CSIPSTR*',
      'CSIP*',
      'SIP*',
      'FGS1-*',
    ]),
    item('K02', 'METS giltig (XSD, Schematron)', 'METS valid', 'A', 'Log', ['SAMARKIV-XSD-*']),
    item('K03', 'Obligatoriska METS-attribut', 'OBJID, profile, package type', 'A', 'Rule report', [
      'CSIP1',
      'CSIP2',
      'CSIP6',
      'CSIP9',
    ]),
    item('K04', 'Kontrollsummor stämmer', 'Checksums match', 'A', 'SHA-256 list', [
      'CSIP69',
      'CSIP71',
      'CSIP72',
      'SAMARKIV-SUM-1',
    ]),
    item('K05', 'Alla filer refererade, inga extra', 'Manifest = file set', 'A', 'Diff', [
      'SAMARKIV-REF-1',
      'SAMARKIV-REF-2',
    ]),
    item('K06', 'Format identifierat', 'PUID identified', 'A', 'Format report', ['SAMARKIV-FMT-1']),
    item('K07', 'Format godkänt', 'On accepted list', 'A', 'Exceptions', [
      'SAMARKIV-FMT-2',
      'SAMARKIV-FMT-3',
    ]),
    item('K08', 'Format validerat', 'PDF/A, TIFF, XML valid', 'A', 'veraPDF etc.', ['SAMARKIV-PDF-*']),
    item('K09', 'Ingen kryptering/lösenord', 'No encryption', 'A', 'Scan log', ['SAMARKIV-ENC-1']),
    item('K10', 'Virusfri', 'Virus-free', 'A', 'AV report', ['SAMARKIV-VIR-*']),
    item('K11', 'Filnamn enligt regler', 'File-name rules', 'A', 'Report', ['SAMARKIV-NAME-1']),
    item('K12', 'UTF-8', 'Encoding valid', 'A', 'Report', ['SAMARKIV-XSD-1']),
    item('K13', 'Inga tomma/korrupta filer', 'No empty or broken files', 'A', 'Report', [
      'CSIP69',
      'SAMARKIV-PDF-1',
    ]),
    item('K14', 'Arkivbildare angiven', 'Creator present', 'A', 'Metadata', ['CSIP17', 'CSIP18']),
    item('K15', 'System och version', 'Source system named', 'A', 'Metadata', ['SIP*']),
    item('K16', 'Tidsperiod rimlig', 'Date range consistent', 'A+M', 'Min/max dates'),
    item('K17', 'Leveransöverenskommelse kopplad', 'Agreement id linked', 'A', 'Id match'),
    item('K18', 'Sekretessmarkering', 'Secrecy marks present', 'A+M', 'Counts'),
    item('K19', 'Personuppgifter flaggade', 'Personal data flagged', 'A+M', 'Detector report'),
    item('K20', 'Gallring utförd enligt beslut', 'Disposal applied', 'M', 'Decision id + sample'),
    item('K21', 'ERMS/SIARD stämmer mot källan', 'Content matches source', 'A+M', 'Counts vs source', [
      'SAMARKIV-ERMS-*',
      'SAMARKIV-SIARD-*',
    ]),
    item('K22', 'Antal rader/ärenden/handlingar', 'Counts match', 'A', 'Count table', ['SAMARKIV-SIARD-*']),
    item('K23', 'Relationer hela', 'Links and FKs intact', 'A', 'Orphan report', ['SAMARKIV-REF-2']),
    item('K24', 'Provsökning', 'Test search works', 'M', 'Protocol'),
    item('K25', 'Stickprov läsbart', 'Sample renders', 'M', 'Sample log'),
    item('K26', 'Systemdokumentation', 'System documentation present', 'M', 'File ref'),
    item('K27', 'Arkivbeskrivning uppdaterad', 'Archive description updated', 'M', 'Ref'),
    item('K28', 'PUB-avtal, behörigheter', 'DPA and access roles set', 'M', 'Ref'),
  ],
};

function matches(pattern: string, id: string): boolean {
  return pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : pattern === id;
}

export interface AutomaticVerdict {
  readonly state: CheckpointState;
  readonly comment: string;
}

/**
 * What the control report says about an automatic checkpoint: `deviation` when any of its
 * requirements failed with an error, `ok` when at least one was checked and none failed,
 * `not-applicable` when none applied. Manual items and items without requirements stay open.
 */
export function automaticVerdict(item: ChecklistItem, report: ValidationReport): AutomaticVerdict | null {
  if (item.mode === 'M' || !item.requirements || item.requirements.length === 0) return null;
  const results = report.results.filter((r) => item.requirements?.some((p) => matches(p, r.requirement)));
  const failed = results.filter((r) => r.status === 'failed' && r.severity === 'ERROR');
  const checked = results.filter((r) => r.status !== 'not-applicable');
  if (failed.length > 0) {
    const ids = failed.map((r) => r.requirement);
    return {
      state: 'deviation',
      comment: `Fel i ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ' …' : ''}`,
    };
  }
  if (checked.length === 0) return { state: 'not-applicable', comment: 'Inga tillämpliga krav i rapporten' };
  const summary = `${checked.length} krav kontrollerade utan fel`;
  // A+M items keep the report as evidence but still need a person to close them.
  return item.mode === 'A' ? { state: 'ok', comment: summary } : { state: 'open', comment: summary };
}
