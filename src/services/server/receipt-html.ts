/**
 * The receipt as a self-contained Swedish HTML page for the PdfRenderer (A4, inline CSS, no
 * network): the key figures first, then the signature and how to check it.
 */
import type { ReceiptData } from './receipt.ts';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const number = new Intl.NumberFormat('sv-SE');

function bytes(n: number | null): string {
  if (n === null) return '–';
  const units = ['byte', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const short = u === 0 ? '' : ` (${v.toLocaleString('sv-SE', { maximumFractionDigits: 1 })} ${units[u]})`;
  return `${number.format(n)} byte${short}`;
}

function swedishTime(iso: string): string {
  const d = new Date(iso);
  const date = d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const time = d.toLocaleTimeString('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${date} kl. ${time} (${iso})`;
}

/** A long digest or signature broken into groups so it wraps and can be read aloud. */
function grouped(s: string, size = 8): string {
  return (s.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(' ');
}

const row = (label: string, value: string, mono = false): string =>
  `<tr><th>${esc(label)}</th><td${mono ? ' class="mono"' : ''}>${value}</td></tr>`;

export function receiptHtml(r: ReceiptData): string {
  const rows = [
    row('Arkivmyndighet', esc(r.municipality.name)),
    row('Arkivbildare', r.recordsCreator ? esc(r.recordsCreator.name) : '–'),
    row('Leveransöverenskommelse', r.agreementRef ? esc(r.agreementRef) : '–'),
    row(
      'Leveransprojekt',
      `${esc(r.project.title)}<br><span class="dim">System: ${esc(r.project.systemName)}</span>`,
    ),
    row('Leveransversion', `${r.submission.version}`),
    row('Paketfil', esc(r.package.fileName)),
    row('Paket-id (OBJID)', r.package.objid ? esc(r.package.objid) : '–', true),
    row('Antal filer', number.format(r.fileCount)),
    row('Filernas storlek', bytes(r.contentBytes)),
    row('Paketets storlek', bytes(r.package.size)),
    row('Paketets SHA-256', r.package.sha256 ? grouped(r.package.sha256) : '–', true),
    row('Manifestets SHA-256', grouped(r.manifestSha256), true),
    row('Kontrollrapportens SHA-256', grouped(r.reportSha256), true),
  ];
  const approval = [
    row('Godkännande-id', esc(r.approvalId), true),
    row('Godkänt av', `${esc(r.signer.name)}<br><span class="dim">${esc(r.signer.roleLabel)}</span>`),
    row('Tidpunkt', esc(swedishTime(r.issuedAt))),
    row('Signaturnyckel', `${esc(r.algorithm)}, nyckel-id ${esc(r.keyId)}`, true),
  ];
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Kvittens ${esc(r.approvalId)}</title>
<style>
  @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
  body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; font-size: 10pt; color: #1d2733; }
  h1 { font-size: 18pt; margin: 0 0 2mm; color: #0b3a5b; }
  h2 { font-size: 12pt; margin: 7mm 0 2mm; color: #0b3a5b; border-bottom: 1px solid #c8d3de; padding-bottom: 1mm; }
  .lead { margin: 0 0 5mm; color: #3e4c5a; }
  table { width: 100%; border-collapse: collapse; }
  th { text-align: left; width: 55mm; vertical-align: top; font-weight: 600; padding: 1.6mm 3mm 1.6mm 0; color: #3e4c5a; }
  td { padding: 1.6mm 0; vertical-align: top; }
  tr + tr th, tr + tr td { border-top: 1px solid #e6ecf1; }
  .mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 9pt; word-break: break-all; }
  .dim { color: #5c6b79; font-size: 9pt; }
  .sig { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 7pt; word-break: break-all; background: #f3f6f9; padding: 3mm; border-radius: 1.5mm; }
  .note { font-size: 8.5pt; color: #3e4c5a; margin-top: 3mm; }
</style></head>
<body>
  <h1>Kvittens – leveransgodkännande</h1>
  <p class="lead">Arkivet har tagit emot och kontrollerat leveransen nedan. Den är godkänd för slutarkivering
  och signerad av arkivets signeringsnyckel.</p>
  <h2>Leverans</h2>
  <table>${rows.join('')}</table>
  <h2>Godkännande</h2>
  <table>${approval.join('')}</table>
  <h2>Signatur (JWS)</h2>
  <div class="sig">${esc(r.jws)}</div>
  <p class="note">Signaturen omfattar kontrollrapporten, paketets manifest (varje fil med storlek och SHA-256),
  kontrollpunkterna och vem som godkände. Kontrollera den med <span class="mono">samarkiv verify-approval</span>
  eller med valfritt JOSE-bibliotek mot arkivets publika nyckel (<span class="mono">/api/signing-keys/${esc(r.keyId)}</span>).
  Kvittensen finns även som XML.</p>
</body></html>
`;
}
