/**
 * The deviation report as a printable, self-contained HTML page (no scripts, no external
 * resources), in Swedish or English. Rule messages are in the language of the control report.
 */
import { PARTY_LABELS } from '../../core/delivery/phases.ts';
import type { Lang } from '../../core/errors.ts';
import { escapeHtml } from '../../core/validation/render/html-report.ts';
import type { DeviationReport } from './deviation.ts';

const LABELS = {
  sv: {
    title: 'Avvikelserapport',
    intro:
      'Leveranskontrollen av paketet nedan har funnit avvikelser. Rätta dem och leverera ett nytt paket till samma leveransprojekt; det blir nästa version av leveransen.',
    municipality: 'Kommun',
    project: 'Leveransprojekt',
    system: 'System',
    agreement: 'Leveransöverenskommelse',
    version: 'Version',
    file: 'Paket',
    controlled: 'Kontrollerad',
    created: 'Upprättad',
    by: 'av',
    waiting: 'Väntar på',
    due: 'Rättas senast',
    note: 'Meddelande',
    refusal: 'Paketet kunde inte tas emot',
    rules: 'Underkända krav',
    requirement: 'Krav',
    severity: 'Allvar',
    message: 'Avvikelse',
    location: 'Plats',
    more: 'fler förekomster',
    checkpoints: 'Kontrollpunkter med avvikelse',
    checkpoint: 'Kontrollpunkt',
    comment: 'Kommentar',
    owner: 'Ansvarig',
    none: 'Inga',
    severities: { ERROR: 'Fel', WARNING: 'Varning', INFO: 'Info' },
  },
  en: {
    title: 'Deviation report',
    intro:
      'Delivery control of the package below found deviations. Correct them and deliver a new package to the same delivery project; it becomes the next version of the delivery.',
    municipality: 'Municipality',
    project: 'Delivery project',
    system: 'System',
    agreement: 'Submission agreement',
    version: 'Version',
    file: 'Package',
    controlled: 'Controlled',
    created: 'Issued',
    by: 'by',
    waiting: 'Waiting for',
    due: 'Correct by',
    note: 'Message',
    refusal: 'The package could not be received',
    rules: 'Failed requirements',
    requirement: 'Requirement',
    severity: 'Severity',
    message: 'Deviation',
    location: 'Location',
    more: 'more occurrences',
    checkpoints: 'Checkpoints in deviation',
    checkpoint: 'Checkpoint',
    comment: 'Comment',
    owner: 'Responsible',
    none: 'None',
    severities: { ERROR: 'Error', WARNING: 'Warning', INFO: 'Info' },
  },
} as const;

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:60rem}h1{font-size:1.6rem}
table{border-collapse:collapse;width:100%;margin-top:.5rem}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
th{background:#f2f2f2}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:bold}
.ERROR{color:#a00;font-weight:bold}.WARNING{color:#8a5a00;font-weight:bold}code{font-size:.85rem}
@media print{body{margin:0}a{color:inherit}}`;

const e = (s: string | null | undefined): string => escapeHtml(s ?? '');

export function renderDeviationHtml(report: DeviationReport, lang: Lang): string {
  const L = LABELS[lang];
  const party = (p: keyof typeof PARTY_LABELS): string => PARTY_LABELS[p][lang];
  const rules = report.rules
    .map((r) => {
      const extra = r.findings.map((f) => `<li>${e(f.message)} <code>${e(f.location)}</code></li>`).join('');
      const more =
        r.findingsTotal > r.findings.length + 1
          ? `<li>… ${r.findingsTotal - r.findings.length - 1} ${L.more}</li>`
          : '';
      return `<tr><td><code>${e(r.requirement)}</code></td><td class="${r.severity}">${L.severities[r.severity]}</td><td><strong>${e(r.title)}</strong><br>${e(r.message)}${extra || more ? `<ul>${extra}${more}</ul>` : ''}</td><td><code>${e(r.location)}</code></td></tr>`;
    })
    .join('\n');
  const checkpoints = report.checkpoints
    .map(
      (c) =>
        `<tr><td>${e(c.key)}</td><td>${e(lang === 'sv' ? c.labelSv : c.labelEn)}</td><td>${e(c.comment)}</td><td>${e(party(c.owner))}</td><td>${e(c.dueDate)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${L.title}: ${e(report.projectTitle)} v${report.version}</title><style>${STYLE}</style></head>
<body><h1>${L.title}</h1>
<p>${L.intro}</p>
<dl><dt>${L.municipality}</dt><dd>${e(report.municipality)}</dd>
<dt>${L.project}</dt><dd>${e(report.projectTitle)}</dd>
<dt>${L.system}</dt><dd>${e(report.systemName)}</dd>
${report.agreementRef ? `<dt>${L.agreement}</dt><dd>${e(report.agreementRef)}</dd>` : ''}
<dt>${L.version}</dt><dd>${report.version}</dd>
<dt>${L.file}</dt><dd>${e(report.fileName)}${report.sha256 ? ` <code>SHA-256 ${e(report.sha256)}</code>` : ''}</dd>
${report.controlledAt ? `<dt>${L.controlled}</dt><dd>${e(report.controlledAt)}</dd>` : ''}
<dt>${L.created}</dt><dd>${e(report.createdAt)} ${L.by} ${e(report.createdBy.name)}</dd>
<dt>${L.waiting}</dt><dd>${e(party(report.waitingFor))}</dd>
${report.dueDate ? `<dt>${L.due}</dt><dd>${e(report.dueDate)}</dd>` : ''}
${report.note ? `<dt>${L.note}</dt><dd>${e(report.note)}</dd>` : ''}</dl>
${report.refusal ? `<h2>${L.refusal}</h2><p><code>${e(report.refusal.code)}</code>: ${e(report.refusal.message)}</p>` : ''}
<h2>${L.rules} (${report.rules.length})</h2>
${report.rules.length ? `<table><tr><th>${L.requirement}</th><th>${L.severity}</th><th>${L.message}</th><th>${L.location}</th></tr>${rules}</table>` : `<p>${L.none}</p>`}
<h2>${L.checkpoints} (${report.checkpoints.length})</h2>
${report.checkpoints.length ? `<table><tr><th>${L.checkpoint}</th><th></th><th>${L.comment}</th><th>${L.owner}</th><th>${L.due}</th></tr>${checkpoints}</table>` : `<p>${L.none}</p>`}
</body></html>
`;
}
