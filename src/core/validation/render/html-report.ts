/**
 * Self-contained HTML report (no scripts, no external resources) an archivist can open, print
 * or attach to a deviation report (avvikelserapport).
 */
import type { ReportResult, ValidationReport } from '../report.ts';
import { contentSetupLine, formatLocation, LABELS } from './labels.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}h1{font-size:1.5rem}
table{border-collapse:collapse;width:100%;margin-top:1rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
th{background:#f2f2f2}.ERROR td.sev{color:#a00;font-weight:bold}.WARNING td.sev{color:#8a5a00;font-weight:bold}.INFO td.sev{color:#225}
.verdict{font-size:1.2rem;font-weight:bold;padding:.5rem;border-radius:4px}.ok{background:#e5f4e5}.bad{background:#fbe4e4}
dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:bold}code{font-size:.85rem}`;

function row(r: ReportResult, lang: ValidationReport['lang']): string {
  const L = LABELS[lang];
  const extra = (r.findings ?? [])
    .slice(1)
    .map(
      (f) => `<li>${escapeHtml(f.message)} <code>${escapeHtml(formatLocation(f.location, lang))}</code></li>`,
    )
    .join('');
  const more =
    r.findingsTotal && r.findings && r.findingsTotal > r.findings.length
      ? `<li>… ${r.findingsTotal - r.findings.length} ${L.more}</li>`
      : '';
  return `<tr class="${r.status === 'failed' ? r.severity : ''}"><td><a id="${escapeHtml(r.requirement)}"></a>${escapeHtml(r.requirement)}</td><td>${r.level}</td><td class="sev">${r.status === 'failed' ? L.severityText[r.severity] : L.statusText[r.status]}</td><td><strong>${escapeHtml(r.title)}</strong>${r.status === 'passed' ? '' : `<br>${escapeHtml(r.message)}`}${extra || more ? `<ul>${extra}${more}</ul>` : ''}</td><td><code>${escapeHtml(formatLocation(r.location, lang))}</code></td></tr>`;
}

export function renderHtmlReport(report: ValidationReport): string {
  const L = LABELS[report.lang];
  const s = report.summary;
  const verdict = report.error
    ? `${report.results.length ? L.invalid : L.refused}: ${report.error.code}: ${report.error.message}`
    : report.valid
      ? L.valid
      : L.invalid;
  const failed = report.results.filter((r) => r.status === 'failed');
  const head = `<tr><th>${L.requirement}</th><th>${L.level}</th><th>${L.status}</th><th>${L.message}</th><th>${L.location}</th></tr>`;
  return `<!doctype html>
<html lang="${report.lang}"><head><meta charset="utf-8"><title>${L.heading}: ${escapeHtml(report.objid ?? report.input)}</title><style>${STYLE}</style></head>
<body><h1>${L.heading}</h1>
<dl><dt>${L.package}</dt><dd>${escapeHtml(report.input)}</dd>
${report.objid ? `<dt>${L.objid}</dt><dd>${escapeHtml(report.objid)}</dd>` : ''}
${report.profileLabel ? `<dt>${L.profile}</dt><dd>${escapeHtml(report.profileLabel)}</dd>` : ''}
<dt>${L.checkedAt}</dt><dd>${escapeHtml(report.checkedAt)} (samarkiv ${escapeHtml(report.generator.version)})</dd></dl>
<p class="verdict ${report.valid ? 'ok' : 'bad'}">${escapeHtml(verdict)}</p>
<p>${s.errors} ${L.errors}, ${s.warnings} ${L.warnings}, ${s.infos} ${L.infos}, ${s.passed} ${L.passed}, ${s.notApplicable} ${L.notApplicable}; ${s.files} ${L.files}</p>
${failed.length ? `<h2>${L.failedSection}</h2><table>${head}${failed.map((r) => row(r, report.lang)).join('\n')}</table>` : ''}
${contentSetupLine(report) ? `<p><strong>${L.contentChecks}:</strong> ${escapeHtml(contentSetupLine(report) ?? '')}</p>` : ''}
<h2>${L.allSection}</h2><table>${head}${report.results.map((r) => row(r, report.lang)).join('\n')}</table>
${
  report.files
    ? `<h2>${L.filesSection}</h2><table><tr><th>${L.package}</th><th>${L.format}</th><th>${L.verdict2}</th><th>SHA-256</th></tr>${report.files
        .map(
          (f) =>
            `<tr><td>${escapeHtml(f.path)}</td><td>${escapeHtml(f.puid ? `${f.puid} ${f.formatName ?? ''}` : '-')}</td><td>${L.verdicts[f.policy]}</td><td><code>${f.checksum ?? ''}</code></td></tr>`,
        )
        .join('\n')}</table>`
    : ''
}
</body></html>
`;
}
